package org.rectify.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A consistent copy of the store through {@code VACUUM INTO}, safe while others read. */
public final class Backup {

    private final Store store;

    public Backup(Store store) {
        this.store = store;
    }

    public void writeTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StoreException("The backup target " + absolute + " already exists; choose a new file name.");
        }
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, absolute.toString());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot back up the store to " + absolute + ": " + e.getMessage(), e);
        }
    }
}
