package org.rectify.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML into rows of texts. Written against the SpreadsheetML elements
 * directly (row, c, v, is/t) because POI's generic handler builds a rich-text object per string
 * cell, which made XLSX imports four times slower than CSV.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Where rows go, and the check that may stop the parse. */
    interface Rows {
        void row(long rowNumber, List<String> cells);
    }

    private final String[] sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Rows rows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private long rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasValue;

    /** @param date1904 the workbook counts its dates from 1904 (its date cells' serials are 1,462 days short) */
    XlsxSheetHandler(String[] sharedStrings, StylesTable styles, boolean date1904, Rows rows) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
                cells.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r != null ? columnOf(r) : cells.size();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                text.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "t" -> {
                if ("inlineStr".equals(type)) {
                    inInlineText = true;
                    hasValue = true;
                }
            }
            default -> {
                // other elements (f, is, r, rPr, sheetData …) carry nothing we read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                String value = hasValue ? value(text.toString()) : "";
                if (column < cells.size()) {
                    cells.set(column, value);
                } else {
                    cells.add(value);
                }
            }
            case "row" -> rows.row(rowNumber, List.copyOf(cells));
            default -> {
                // nothing to finish
            }
        }
    }

    private String value(String raw) {
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> sharedStrings[Integer.parseInt(raw.strip())];
            case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> raw; // inlineStr, str (a formula's cached text)
        };
    }

    private String number(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style >= 0 && isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
            return ExcelValues.dateCell(value, date1904, formats.get(style));
        }
        return ExcelValues.plain(value);
    }

    /** Whether a style formats dates; its format text kept beside (the style object is made anew at each look-up). */
    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            boolean date = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            if (date) {
                formats.put(i, s.getDataFormatString());
            }
            return date;
        });
    }

    /** "AB12" → 27: the letters of a cell reference as a 0-based column. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
