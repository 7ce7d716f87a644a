/**
 * The weekly rectification checklist (DESIGN section 5): rules, generator, lifecycle,
 * supervision ladder, effect verification and the Excel round trip. Filled by the checklist issue.
 */
package org.rectify.checklist;
