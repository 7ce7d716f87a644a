package org.rectify.sync;

import java.nio.charset.Charset;

/**
 * How a text export is decoded when detection is not trusted: its character set and delimiter
 * (null: detect, from the byte-order mark and bytes, and from the first lines).
 */
public record ReadOptions(Charset charset, Character delimiter) {

    public static final ReadOptions DETECT = new ReadOptions(null, null);
}
