package org.sightline.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The driver's listing of the inputs: a file, a folder (every file below it, in name order, hidden
 * files and folders skipped, as {@code sightline analyze} reads folders) or a glob ({@code news/*.html.gz},
 * matches in name order), on any Hadoop file system. An input that matches nothing is reported.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<InputFile> list(Configuration conf, List<String> inputs, BiConsumer<String, String> failed) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = isGlob(input) ? fs.globStatus(path) : new FileStatus[] {fs.getFileStatus(path)};
                if (matches == null || matches.length == 0) {
                    failed.accept(input, "matches no file");
                    continue;
                }
                java.util.Arrays.sort(matches, (a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
                int before = files.size();
                for (FileStatus m : matches) {
                    String shown = isGlob(input) ? relative(input, path, m.getPath()) : input;
                    if (m.isDirectory()) {
                        folder(fs, m.getPath(), shown, files);
                    } else if (!hidden(m.getPath())) {
                        files.add(new InputFile(files.size(), m.getPath().toString(), shown, m.getLen()));
                    }
                }
                if (files.size() == before) {
                    failed.accept(input, "the folder holds no files to read");
                }
            } catch (FileNotFoundException e) {
                failed.accept(input, "no such file or folder");
            } catch (IOException | IllegalArgumentException e) {
                failed.accept(input, "cannot be read (" + e.getMessage() + ")");
            }
        }
        return files;
    }

    private static void folder(FileSystem fs, Path root, String shown, List<InputFile> files) throws IOException {
        List<LocatedFileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        String prefix = root.toUri().getPath();
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String rel = f.getPath().toUri().getPath().substring(prefix.length());
            if (!hiddenBelow(rel)) {
                found.add(f);
            }
        }
        // Name order, as FileSources sorts a folder's paths: the same folder gives the same numbering.
        found.sort((a, b) -> a.getPath().toUri().getPath().compareTo(b.getPath().toUri().getPath()));
        String base = shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
        for (LocatedFileStatus f : found) {
            String rel = f.getPath().toUri().getPath().substring(prefix.length());
            files.add(new InputFile(files.size(), f.getPath().toString(), base + (rel.startsWith("/") ? rel : "/" + rel), f.getLen()));
        }
    }

    /** The name of a glob match as the user would have typed it: the path as matched, in the input's form when it was a plain path. */
    private static String relative(String input, Path pattern, Path match) {
        return pattern.toUri().getScheme() == null && !input.contains(":") ? match.toUri().getPath() : match.toString();
    }

    static boolean isGlob(String input) {
        return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
    }

    private static boolean hidden(Path p) {
        return p.getName().startsWith(".");
    }

    /** Whether a path below a folder goes through a hidden file or folder ({@code .git/}), as FileSources skips them. */
    private static boolean hiddenBelow(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
