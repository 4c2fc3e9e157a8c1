package org.sightline.export.internal;

import java.util.List;

/** How a list (aliases, target or claim ids) goes into one CSV cell or one GraphML data value. */
public final class Values {

    private Values() {
    }

    /**
     * The values separated by {@code ;}. A {@code ;} or {@code \} inside a value is preceded by {@code \}, so splitting
     * on unescaped semicolons gives the values back. Null values are written as empty strings.
     */
    public static String join(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < values.size(); n++) {
            if (n > 0) {
                joined.append(';');
            }
            String v = values.get(n) == null ? "" : values.get(n);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == ';' || c == '\\') {
                    joined.append('\\');
                }
                joined.append(c);
            }
        }
        return joined.toString();
    }
}
