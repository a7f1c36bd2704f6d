package org.newsdesk.cms.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import io.quarkus.logging.Log;

/**
 * Opens {@link LuceneArticleSearch}'s index: in memory, or in a directory on disk,
 * where an index in this format is resumed and anything else (none, another format,
 * a damaged one) is started afresh. An index another process holds, or one that
 * cannot be opened at all, gives way to one in memory: search still works, built
 * from the database.
 */
final class SearchIndexDirectory {

    /** An index opened for writing, and whether it lives on disk and holds an earlier state to catch up from. */
    record Opened(IndexWriter writer, boolean onDisk, boolean resumable) {
    }

    /** Commit data of an index on disk: what it holds; another value (or none) means rebuild. */
    private static final String FORMAT_KEY = "format";
    private static final String FORMAT = "article-search-1";

    private SearchIndexDirectory() {
    }

    /** The index in {@code directory}, or in memory when there is none. */
    static Opened open(Optional<Path> directory, Analyzer analyzer) throws IOException {
        return directory.isPresent() ? onDisk(directory.get(), analyzer) : inMemory(analyzer);
    }

    private static Opened inMemory(Analyzer analyzer) throws IOException {
        return new Opened(new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer)), false, false);
    }

    private static Opened onDisk(Path path, Analyzer analyzer) throws IOException {
        Directory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            boolean resumable = holdsOurFormat(directory);
            IndexWriter opened = new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(resumable ? OpenMode.APPEND : OpenMode.CREATE));
            opened.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            return new Opened(opened, true, resumable);
        } catch (LockObtainFailedException e) {
            Log.warnf("Search index %s is held by another process; this one keeps its own in memory", path);
        } catch (IOException | RuntimeException e) {
            Log.warnf(e, "Search index %s cannot be opened; searching from an index in memory", path);
        }
        if (directory != null) {
            directory.close();
        }
        return inMemory(analyzer);
    }

    /** Whether the directory holds a readable index written in this format; a damaged one does not. */
    private static boolean holdsOurFormat(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory)
                    && FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (IOException | RuntimeException e) {
            Log.warnf("Search index unreadable (%s); building it again", e.toString());
            return false;
        }
    }
}
