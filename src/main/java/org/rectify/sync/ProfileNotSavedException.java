package org.rectify.sync;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A profile could not be written to its folder: nothing of it was saved. The message is English for
 * the command line; the folder and the system's cause let a window say it in the user's language.
 */
public final class ProfileNotSavedException extends IllegalStateException {

    private final String profileName;
    private final Path folder;

    ProfileNotSavedException(String profileName, Path folder, IOException cause) {
        super("Cannot save the profile " + profileName + " in " + folder + ": " + cause.getMessage(), cause);
        this.profileName = profileName;
        this.folder = folder;
    }

    public String profileName() {
        return profileName;
    }

    public Path folder() {
        return folder;
    }

    public IOException ioCause() {
        return (IOException) getCause();
    }
}
