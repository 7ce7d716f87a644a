package org.rectify.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.rectify.domain.ImportNote;
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
            String[] strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = usesDates1904(reader);
            if (date1904) {
                sink.serialDatesFrom1904();
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            long total = Math.max(1, file.toFile().length());
            int sheetIndex = 0;
            int sheetCount = countSheets(reader);
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    sink.sheetStarted(sheet);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XlsxSheetHandler(strings, styles, date1904, (rowNumber, cells) -> {
                        Limits.check(fileName, sheet, rowNumber, cells);
                        sink.row(sheet, rowNumber, cells);
                        if (sink.stopRequested()) {
                            throw new StopReading(true);
                        }
                        if (sink.sheetSeenEnough()) {
                            throw new StopReading(false);
                        }
                    }));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (StopReading stop) {
                        if (stop.wholeFile) {
                            return;
                        }
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

    /** The shared strings as plain texts, looked up by index for every string cell. */
    private static String[] sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(pkg, false);
        String[] strings = new String[Math.max(0, table.getUniqueCount())];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = table.getItemAt(i).getString();
        }
        return strings;
    }

    /** Whether workbook.xml says {@code <workbookPr date1904="1"/>} (or "true"). */
    private static boolean usesDates1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(in));
        }
        return found[0];
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
            return new FileRefusedException(ImportNote.ZIP_BOMB.text(fileName), e);
        }
        return new FileRefusedException(ImportNote.XLSX_DAMAGED.text(fileName, firstLine(message)), e);
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
        private final boolean wholeFile;

        StopReading(boolean wholeFile) {
            super(null, null, false, false);
            this.wholeFile = wholeFile;
        }
    }
}
