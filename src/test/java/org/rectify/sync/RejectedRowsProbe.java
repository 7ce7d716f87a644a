package org.rectify.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the rejected-rows table straight from the SQLite file, for assertions. */
final class RejectedRowsProbe {

    private RejectedRowsProbe() {
    }

    static List<String> describe(Path storeFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT file_name, row_number, column_name, reason FROM rejected_row ORDER BY row_number")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
            return rows;
        }
    }
}
