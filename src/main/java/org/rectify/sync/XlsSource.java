package org.rectify.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.rectify.domain.ImportNote;

/**
 * An Excel 97–2003 workbook through POI HSSF. The format caps a sheet at 65,536 rows, so reading
 * it whole is bounded; formula cells give their cached values.
 */
final class XlsSource implements TableSource {

    private final Path file;
    private volatile long bytesRead;

    XlsSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) {
        String fileName = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            if (date1904) {
                sink.serialDatesFrom1904();
            }
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                String name = sheet.getSheetName();
                sink.sheetStarted(name);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), date1904));
                    }
                    Limits.check(fileName, name, row.getRowNum() + 1L, cells);
                    sink.row(name, row.getRowNum() + 1L, cells);
                    if (sink.stopRequested()) {
                        return;
                    }
                    if (sink.sheetSeenEnough()) {
                        break;
                    }
                }
                sink.sheetEnded(name);
                bytesRead = file.toFile().length() * (s + 1) / workbook.getNumberOfSheets();
            }
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException(ImportNote.XLS_DAMAGED.text(fileName, e.getMessage()), e);
        }
    }

    private static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? ExcelValues.dateCell(cell.getNumericCellValue(), date1904, cell.getCellStyle().getDataFormatString())
                    : ExcelValues.plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }
}
