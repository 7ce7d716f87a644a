package org.rectify.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook read with POI's streaming (SAX) API: one row in memory at a time, so memory
 * stays flat for a million rows. Formula cells give their cached values.
 */
final class XlsxSource implements TableSource {

    private final Path file;
    private volatile long bytesRead;

    XlsxSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) {
        String fileName = file.getFileName().toString();
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            long total = Math.max(1, file.toFile().length());
            int sheetIndex = 0;
            int sheetCount = countSheets(reader);
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    sink.sheetStarted(sheet);
                    RowCollector collector = new RowCollector(fileName, sheet, sink);
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new ExcelValues(), false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (StopReading stop) {
                        return;
                    }
                    sink.sheetEnded(sheet);
                }
                sheetIndex++;
                bytesRead = total * sheetIndex / Math.max(1, sheetCount);
            }
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusal(fileName, e);
        }
    }

    private static int countSheets(XSSFReader reader) throws IOException, OpenXML4JException {
        int count = 0;
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            count++;
        }
        return count;
    }

    static FileRefusedException refusal(String fileName, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return new FileRefusedException(fileName + ": refused as a probable zip bomb (it expands far more than an"
                    + " Excel file does). Nothing was imported.", e);
        }
        return new FileRefusedException(fileName + ": not a readable XLSX workbook (damaged or incomplete: "
                + firstLine(message) + "). Save it again from Excel and retry; nothing was imported.", e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    /** Thrown inside the SAX parse to stop early; never leaves this class. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Gathers one row's cells by column (cells of a sparse row can be missing) and hands rows to the sink. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String fileName;
        private final String sheet;
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        RowCollector(String fileName, String sheet, RowSink sink) {
            this.fileName = fileName;
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = List.copyOf(cells);
            Limits.check(fileName, sheet, rowNum + 1L, row);
            sink.row(sheet, rowNum + 1L, row);
            if (sink.stopRequested()) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= Limits.MAX_COLUMNS) {
                throw new FileRefusedException(Where.of(fileName, sheet, new CellReference(reference).getRow() + 1L)
                        + ": a cell in column " + (column + 1) + ", beyond the " + Limits.MAX_COLUMNS + " columns allowed");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
