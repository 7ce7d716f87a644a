package org.rectify.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every text the user reads comes from the {@code messages} bundles: zh-CN first, English second. */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.rectify.ui.i18n.messages";

    private static volatile ResourceBundle bundle = load(CHINESE);

    private Messages() {
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static String get(String key) {
        return bundle.getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** "zh" or "en" (anything else falls back to Chinese). */
    public static Locale localeFor(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    private static ResourceBundle load(Locale locale) {
        // The base bundle is Chinese: no fallback to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
