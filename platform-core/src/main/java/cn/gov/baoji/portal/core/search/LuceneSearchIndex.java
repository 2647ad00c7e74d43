package cn.gov.baoji.portal.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The embedded engine: one Lucene index on local disk holding every county. Each county's documents carry
 * a generation; searches see only the county's current one, so a rebuild writes a complete new generation
 * beside the old and switches in one step while searches go on.
 */
public class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class);
    private static final String GEN_PREFIX = "gen.";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> tenantLocks = new ConcurrentHashMap<>();
    private final Object commitLock = new Object();
    private static final long COMMIT_EVERY_SECONDS = 5;
    private volatile boolean dirty;
    private final java.util.concurrent.ScheduledExecutorService committer = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "search-index-commit");
                t.setDaemon(true);
                return t;
            });

    public LuceneSearchIndex(Path dir) {
        FSDirectory opened = null;
        IndexWriter w;
        try {
            Files.createDirectories(dir);
            opened = FSDirectory.open(dir);
            try {
                w = new IndexWriter(opened, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                // The index is only a copy of PostgreSQL: start empty, the indexer fills it again.
                LOG.warnf("Search index in %s is unreadable (%s); starting an empty one, which is rebuilt from the database",
                        dir, e.getMessage());
                w = new IndexWriter(opened, config(IndexWriterConfig.OpenMode.CREATE));
            }
            directory = opened;
            writer = w;
            Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
            if (committed != null) {
                for (Map.Entry<String, String> e : committed) {
                    if (e.getKey().startsWith(GEN_PREFIX)) {
                        generations.put(e.getKey().substring(GEN_PREFIX.length()), Long.parseLong(e.getValue()));
                    }
                }
            }
            searchers = new SearcherManager(writer, null);
            committer.scheduleWithFixedDelay(this::commitIfDirty, COMMIT_EVERY_SECONDS, COMMIT_EVERY_SECONDS,
                    java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir
                    + " (each instance needs a folder of its own: portal.search.index-dir)", e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : new String[] {"title", "text"}) {
            fields.put(f + "_w", SearchAnalyzers.WORDS);
            fields.put(f + "_g", SearchAnalyzers.GRAMS);
            fields.put(f + "_c", SearchAnalyzers.CHARS);
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(SearchAnalyzers.GRAMS, fields));
        config.setOpenMode(mode);
        return config;
    }

    @Override
    public void apply(String tenantCode, Collection<SearchDocument> upserts, Collection<String> deletedIds) {
        ReentrantLock lock = lock(tenantCode);
        lock.lock();
        try {
            long gen = generation(tenantCode);
            for (String id : deletedIds) {
                writer.deleteDocuments(new Term("uid", uid(id, gen)));
            }
            for (SearchDocument d : upserts) {
                writer.updateDocument(new Term("uid", uid(d.id(), gen)), document(d, gen));
            }
            // Searches see it at once; the disk copy follows within COMMIT_EVERY (after a crash, the
            // comparison with PostgreSQL at start redoes whatever was lost).
            dirty = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void replaceTenant(String tenantCode, Stream<SearchDocument> documents) {
        ReentrantLock lock = lock(tenantCode);
        lock.lock();
        try {
            long old = generation(tenantCode);
            long next = old + 1;
            // Leftovers of a rebuild that never finished (the instance stopped half way).
            writer.deleteDocuments(new BooleanQuery.Builder().add(new TermQuery(new Term("tenant", tenantCode)), Occur.FILTER)
                    .add(new TermQuery(new Term("tgen", tenantCode + "@" + old)), Occur.MUST_NOT).build());
            for (SearchDocument d : (Iterable<SearchDocument>) documents::iterator) {
                writer.addDocument(document(d, next));
            }
            searchers.maybeRefreshBlocking();
            // From here searches read the new generation; the old one goes with the next refresh.
            generations.put(tenantCode, next);
            writer.deleteDocuments(new Term("tgen", tenantCode + "@" + old));
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deleteTenant(String tenantCode) {
        ReentrantLock lock = lock(tenantCode);
        lock.lock();
        try {
            writer.deleteDocuments(new Term("tenant", tenantCode));
            generations.remove(tenantCode);
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Set<String> tenants() {
        return Set.copyOf(generations.keySet());
    }

    @Override
    public Map<String, String> stamps(String tenantCode) {
        Map<String, String> stamps = new HashMap<>();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TermQuery q = new TermQuery(new Term("tgen", tenantCode + "@" + generation(tenantCode)));
                TopDocs all = s.search(q, Math.max(1, s.count(q)));
                StoredFields stored = s.storedFields();
                for (ScoreDoc sd : all.scoreDocs) {
                    Document d = stored.document(sd.doc, Set.of("id", "stamp"));
                    stamps.put(d.get("id"), d.get("stamp"));
                }
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stamps;
    }

    @Override
    public EngineHits search(EngineQuery q) {
        Query text = textQuery(q.clauses());
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, Occur.MUST).add(scope(q.counties()), Occur.FILTER);
        if (q.channelCode() != null) {
            base.add(new TermQuery(new Term("channel", q.channelCode())), Occur.FILTER);
        }
        if (q.departmentCode() != null) {
            base.add(new TermQuery(new Term("department", q.departmentCode())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            base.add(LongPoint.newRangeQuery("day", from, to), Occur.FILTER);
        }
        Query untyped = base.build();
        BooleanQuery.Builder typed = new BooleanQuery.Builder().add(untyped, Occur.MUST);
        if (!q.types().isEmpty()) {
            BooleanQuery.Builder anyType = new BooleanQuery.Builder();
            q.types().forEach(t -> anyType.add(new TermQuery(new Term("type", t.name())), Occur.SHOULD));
            typed.add(anyType.build(), Occur.FILTER);
        }
        Query query = typed.build();
        Sort sort = q.sort() == SearchSort.DATE
                ? new Sort(new SortField("day", SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField("day", SortField.Type.LONG, true));
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Map<DocType, Long> counts = new EnumMap<>(DocType.class);
                long total = 0;
                for (DocType type : DocType.values()) {
                    long n = s.count(new BooleanQuery.Builder().add(untyped, Occur.MUST)
                            .add(new TermQuery(new Term("type", type.name())), Occur.FILTER).build());
                    counts.put(type, n);
                    if (q.types().isEmpty() || q.types().contains(type)) {
                        total += n;
                    }
                }
                List<SearchDocument> page = List.of();
                if (q.offset() < total && q.limit() > 0) {
                    TopDocs top = s.search(query, q.offset() + q.limit(), sort, false);
                    StoredFields stored = s.storedFields();
                    page = java.util.Arrays.stream(top.scoreDocs).skip(q.offset()).map(sd -> {
                        try {
                            return fromStored(stored.document(sd.doc));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
                }
                return new EngineHits(page, total, counts);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitIfDirty() {
        if (dirty) {
            try {
                commitAndRefresh();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Search index changes could not be written to disk (%s); retried in %d s", e.getMessage(),
                        COMMIT_EVERY_SECONDS);
            }
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        try {
            commitAndRefresh();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warnf("Closing the search index failed (%s); it is checked and repaired at the next start", e.getMessage());
        }
    }

    /** Every clause must match; within a clause, any alternative, as an exact phrase in title or text. */
    static Query textQuery(List<List<String>> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int usable = 0;
        for (List<String> alternatives : clauses) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int n = 0;
            for (String alternative : alternatives) {
                Query q = alternative(alternative);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0) {
                all.add(any.build(), Occur.MUST);
                usable++;
            }
        }
        return usable == 0 ? new MatchNoDocsQuery("no searchable text") : all.build();
    }

    private static Query alternative(String text) {
        List<SearchAnalyzers.Token> grams = SearchAnalyzers.tokens(SearchAnalyzers.GRAMS, text);
        if (grams.isEmpty()) {
            return null;
        }
        String kind = SearchAnalyzers.hasLoneHan(grams) ? "_c" : "_g";
        List<SearchAnalyzers.Token> tokens = kind.equals("_c") ? SearchAnalyzers.tokens(SearchAnalyzers.CHARS, text) : grams;
        Query match = new BooleanQuery.Builder()
                .add(new BoostQuery(phrase("title" + kind, tokens), 3f), Occur.SHOULD)
                .add(phrase("text" + kind, tokens), Occur.SHOULD).build();
        // Whole words as the segmenter cuts them only raise the score: 教育 as a word above 教育 inside 教育局.
        List<SearchAnalyzers.Token> words = SearchAnalyzers.tokens(SearchAnalyzers.WORDS, text);
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(match, Occur.MUST);
        if (!words.isEmpty()) {
            scored.add(new BoostQuery(phrase("title_w", words), 2f), Occur.SHOULD).add(phrase("text_w", words), Occur.SHOULD);
        }
        return scored.build();
    }

    private static Query phrase(String field, List<SearchAnalyzers.Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (SearchAnalyzers.Token t : tokens) {
            b.add(new Term(field, t.text()), t.position());
        }
        return b.build();
    }

    /** The current generation of each county asked for; counties never indexed have no entries to find. */
    private Query scope(Set<String> counties) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String county : counties) {
            Long g = generations.get(county);
            if (g != null) {
                any.add(new TermQuery(new Term("tgen", county + "@" + g)), Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? new MatchNoDocsQuery("none of the counties asked for is indexed") : any.build();
    }

    private long generation(String tenantCode) {
        // Every county ever written is listed, so the city search (and the next start) knows it.
        return generations.computeIfAbsent(tenantCode, k -> 0L);
    }

    private ReentrantLock lock(String tenantCode) {
        return tenantLocks.computeIfAbsent(tenantCode, k -> new ReentrantLock());
    }

    private void commitAndRefresh() throws IOException {
        synchronized (commitLock) {
            dirty = false;
            Map<String, String> data = new HashMap<>();
            generations.forEach((t, g) -> data.put(GEN_PREFIX + t, Long.toString(g)));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
    }

    private static String uid(String id, long gen) {
        return id + "#" + gen;
    }

    private static Document document(SearchDocument d, long gen) {
        Document doc = new Document();
        doc.add(new StringField("uid", uid(d.id(), gen), Field.Store.NO));
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("tenant", d.tenantCode(), Field.Store.YES));
        doc.add(new StringField("tgen", d.tenantCode() + "@" + gen, Field.Store.NO));
        doc.add(new StringField("type", d.type().name(), Field.Store.YES));
        if (d.channelCode() != null) {
            doc.add(new StringField("channel", d.channelCode(), Field.Store.YES));
        }
        if (d.departmentCode() != null) {
            doc.add(new StringField("department", d.departmentCode(), Field.Store.YES));
        }
        if (d.channelName() != null) {
            doc.add(new StoredField("channelName", d.channelName()));
        }
        if (d.departmentName() != null) {
            doc.add(new StoredField("departmentName", d.departmentName()));
        }
        long day = d.date() == null ? 0 : d.date().toEpochDay();
        doc.add(new LongPoint("day", day));
        doc.add(new NumericDocValuesField("day", day));
        if (d.date() != null) {
            doc.add(new StoredField("date", d.date().toString()));
        }
        doc.add(new StoredField("url", d.url()));
        doc.add(new StoredField("stamp", d.stamp()));
        String text = d.text() == null ? "" : d.text();
        doc.add(new StoredField("title", d.title()));
        doc.add(new StoredField("text", text));
        for (String kind : new String[] {"_w", "_g", "_c"}) {
            doc.add(new TextField("title" + kind, d.title(), Field.Store.NO));
            doc.add(new TextField("text" + kind, text, Field.Store.NO));
        }
        return doc;
    }

    private static SearchDocument fromStored(Document d) {
        String date = d.get("date");
        return new SearchDocument(d.get("id"), d.get("tenant"), DocType.valueOf(d.get("type")), d.get("title"), d.get("text"),
                d.get("channel"), d.get("channelName"), d.get("department"), d.get("departmentName"),
                date == null ? null : LocalDate.parse(date), d.get("url"), d.get("stamp"));
    }
}
