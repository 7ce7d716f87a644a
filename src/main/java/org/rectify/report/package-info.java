/**
 * Exports and charts shared by the UI and the meeting pack: XLSX, PDF/PNG/SVG. Filled by the
 * report issue.
 */
package org.rectify.report;
