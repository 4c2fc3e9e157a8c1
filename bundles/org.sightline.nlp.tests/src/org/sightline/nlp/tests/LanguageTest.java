package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.LanguageDetector;
import org.sightline.nlp.internal.LanguageWeights;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.WordsExtractor;

/** Language detection (OpenNLP's model, script rules) and the language-neutral sentences and words. */
class LanguageTest {

    static final String GERMAN = "Das Verteidigungsministerium erklärte am Donnerstag, seine Truppen hätten einen Angriff "
            + "an der Grenze abgewehrt. Der Sprecher betonte, die Lage sei unter Kontrolle, während Analysten vor einer "
            + "weiteren Eskalation warnen.";
    static final String RUSSIAN = "Министерство обороны России заявило в четверг, что его войска отразили атаку на границе. "
            + "Официальный представитель ведомства подчеркнул, что ситуация остаётся под контролем.";
    static final String FRENCH = "Le ministère de la Défense a déclaré jeudi que ses forces avaient repoussé une attaque à la "
            + "frontière. Le porte-parole a souligné que la situation reste sous contrôle.";
    static final String SPANISH = "El Ministerio de Defensa afirmó el jueves que sus fuerzas repelieron un ataque en la frontera. "
            + "El portavoz subrayó que la situación sigue bajo control.";
    static final String ARABIC = "قالت وزارة الدفاع يوم الخميس إن قواتها صدت هجوما على الحدود. وأكد المتحدث باسم الوزارة أن الوضع تحت السيطرة.";
    static final String CHINESE = "国防部星期四表示，其部队在边境击退了一次袭击。发言人强调局势仍在控制之中，但分析人士警告说，未来几天紧张局势可能进一步升级。";
    static final String JAPANESE = "防衛省は木曜日、国境付近で攻撃を撃退したと発表した。";
    static final String KOREAN = "국방부는 목요일 국경 지역에서 공격을 격퇴했다고 밝혔다.";
    static final String GREEK = "Το υπουργείο Άμυνας ανακοίνωσε την Πέμπτη ότι οι δυνάμεις του απέκρουσαν επίθεση στα σύνορα.";

    @Test
    void detectsTheLanguageOfRealTexts() {
        LanguageDetector detector = new LanguageDetector();
        assertEquals("en", detector.detect(sample()));
        assertEquals("de", detector.detect(GERMAN));
        assertEquals("ru", detector.detect(RUSSIAN));
        assertEquals("fr", detector.detect(FRENCH));
        assertEquals("es", detector.detect(SPANISH));
        assertEquals("ar", detector.detect(ARABIC));
        assertEquals("zh", detector.detect(CHINESE));
        assertEquals("ja", detector.detect(JAPANESE)); // kana: the script rule, the model confuses short ja and zh
        assertEquals("ko", detector.detect(KOREAN));
        assertEquals("el", detector.detect(GREEK));
    }

    @Test
    void tooLittleTextIsUnknown() {
        LanguageDetector detector = new LanguageDetector();
        assertNull(detector.detect("NATO summit"));
        assertNull(detector.detect("  "));
        assertNull(detector.detect(null));
        assertNull(detector.detect("2024-05-01 12:00"));
    }

    @Test
    void wordsAndSentencesForAnyLanguage() {
        String text = "Russland und die NATO.\nDer Sprecher betonte: Die Lage sei unter Kontrolle. Analysten warnen.";
        AnnotatedText t = WordsExtractor.annotate(text, "de");
        assertEquals(3, t.sentenceCount()); // the line break ends the first; ICU splits the second line once
        assertEquals("Russland und die NATO.", text.substring(t.sentenceBegin(0), t.sentenceEnd(0)));
        List<String> words = t.tokens().stream().map(AnnotatedText.Token::text).toList();
        assertEquals(List.of("Russland", "und", "die", "NATO", "."), words.subList(0, 5));
        assertTrue(t.tokens().stream().allMatch(k -> k.pos().equals("X")), "no tags for other languages");
        for (AnnotatedText.Token k : t.tokens()) {
            assertEquals(k.text(), text.substring(k.begin(), k.end()));
        }
        AnnotatedText zh = WordsExtractor.annotate(CHINESE, "zh");
        assertTrue(zh.tokenCount() > 10 && zh.tokenCount() < CHINESE.length(), "ICU segments Chinese into words: " + zh.tokenCount());
        assertEquals(2, zh.sentenceCount());
    }

    private static String sample() {
        return org.sightline.core.api.SightlineInfo.sampleText();
    }

    /** The language model as Sightline reads it (from memory) is OpenNLP's, weight for weight, score for score. */
    @Test
    void theModelReadFromMemoryIsTheOneOpenNlpReads() throws Exception {
        org.sightline.nlp.api.ModelSource source = org.sightline.nlp.api.ModelSource.defaultSource();
        opennlp.tools.langdetect.LanguageDetectorModel stock;
        try (java.io.InputStream in = source.open(LanguageDetector.MODEL)) {
            stock = new opennlp.tools.langdetect.LanguageDetectorModel(in);
        }
        opennlp.tools.langdetect.LanguageDetectorModel read;
        try (java.io.InputStream in = source.open(LanguageDetector.MODEL)) {
            read = org.sightline.nlp.internal.LanguageModelReader.read(in, LanguageDetector.MODEL);
        }
        assertEquals(stock.getMaxentModel(), read.getMaxentModel());
        for (String text : List.of(sample(), GERMAN, RUSSIAN, FRENCH, SPANISH, ARABIC, CHINESE, JAPANESE, GREEK, "NATO summit")) {
            assertEquals(java.util.Arrays.toString(new opennlp.tools.langdetect.LanguageDetectorME(stock).predictLanguages(text)),
                    java.util.Arrays.toString(new opennlp.tools.langdetect.LanguageDetectorME(read).predictLanguages(text)), text);
        }
    }

    /** OpenNLP's model read by OpenNLP itself: the reference the compact form is checked against. */
    private static opennlp.tools.langdetect.LanguageDetectorModel stockModel() throws java.io.IOException {
        try (java.io.InputStream in = org.sightline.nlp.api.ModelSource.defaultSource().open(LanguageDetector.MODEL)) {
            return new opennlp.tools.langdetect.LanguageDetectorModel(in);
        }
    }

    private static byte[] shippedWeights() throws java.io.IOException {
        try (java.io.InputStream in = LanguageWeights.class.getResourceAsStream(SyntaxModels.FOLDER + LanguageWeights.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    /** The shipped compact model, derived again from OpenNLP's, is the committed file byte for byte. */
    @Test
    void theShippedWeightsAreDerivedFromOpenNlpsModel() throws Exception {
        byte[] derived = LanguageWeights.derive(stockModel());
        byte[] shipped = shippedWeights();
        assertEquals(shipped.length, derived.length, "size of " + LanguageWeights.RESOURCE);
        assertTrue(java.util.Arrays.equals(shipped, derived), LanguageWeights.RESOURCE
                + " is not what OpenNLP's model gives; derive it again: releng/scripts/bench.sh org.sightline.nlp.internal.LanguageWeights");
        assertEquals(145_895, LanguageWeights.shipped().features());
    }

    /**
     * The compact model ranks and scores every language exactly as OpenNLP's detector over OpenNLP's
     * own loader does, on several hundred texts: the repository's multilingual inputs, English news and
     * EWT sentences, short prefixes (where languages are close), mixtures, text without letters.
     */
    @Test
    void theCompactModelScoresExactlyAsOpenNlp() throws Exception {
        opennlp.tools.langdetect.LanguageDetectorME reference = new opennlp.tools.langdetect.LanguageDetectorME(stockModel());
        LanguageWeights compact = LanguageWeights.shipped();
        opennlp.tools.langdetect.LanguageDetectorContextGenerator features = LanguageWeights.newContextGenerator();
        List<String> foreign = List.of(GERMAN, RUSSIAN, FRENCH, SPANISH, ARABIC, CHINESE, JAPANESE, KOREAN, GREEK);
        List<String> texts = new java.util.ArrayList<>(foreign);
        texts.add(sample());
        texts.addAll(List.of("NATO summit", "", " ", "2024-05-01 12:00", "!!!", "https://example.org/a?b=c", "Putin", "Kyiv Київ"));
        for (String t : foreign) {
            for (int n : new int[] {3, 8, 15, 30, 60}) {
                texts.add(t.substring(0, Math.min(n, t.length())));
            }
            texts.add(t + " " + GERMAN);
            texts.add(FRENCH + " " + t);
        }
        texts.add(org.sightline.testing.SharedFiles.text("data/korean-page/page.html"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                org.sightline.testing.SharedFiles.resolve("data/attribution-dev"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(java.nio.file.Files.readString(f));
            }
        }
        for (org.sightline.nlp.internal.conllu.UdSentence s : ParserAccuracyTest.devSlice()) {
            texts.add(s.text());
        }
        assertEquals(307, texts.size());
        for (String text : texts) {
            opennlp.tools.langdetect.Language[] expected = reference.predictLanguages(text);
            opennlp.tools.langdetect.Language[] actual = compact.predictLanguages(features, text);
            assertEquals(expected.length, actual.length, text);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].getLang(), actual[i].getLang(), "rank " + i + " of: " + text);
                // exactly: the same sums in the same order (within 1e-9 would do for the verdicts)
                assertEquals(expected[i].getConfidence(), actual[i].getConfidence(), 0.0, "rank " + i + " of: " + text);
            }
        }
    }

    /** A model is read whole whatever its stream says of its length (the reader sizes its array by it). */
    @Test
    void theWeightsAreReadWholeWhateverTheStreamAnnounces() throws Exception {
        byte[] shipped = shippedWeights();
        String expected = java.util.Arrays.toString(LanguageWeights.shipped().predictLanguages(LanguageWeights.newContextGenerator(), GERMAN));
        for (int announced : new int[] {0, 1 << 20, shipped.length - 1, shipped.length, shipped.length + 100}) {
            java.io.InputStream in = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(shipped)) {
                private boolean asked;

                @Override
                public int available() {
                    if (asked) {
                        return 0;
                    }
                    asked = true;
                    return announced;
                }
            };
            LanguageWeights w = LanguageWeights.read(in, "announced.weights");
            assertEquals(145_895, w.features(), "announced " + announced);
            assertEquals(expected, java.util.Arrays.toString(w.predictLanguages(LanguageWeights.newContextGenerator(), GERMAN)), "announced " + announced);
        }
    }

    /** A compact model cut short anywhere is named as truncated. */
    @Test
    void truncatedWeightsFailInWords() throws Exception {
        byte[] shipped = shippedWeights();
        for (int cut : new int[] {3, 40, 1_001, shipped.length / 2, shipped.length - 1}) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> LanguageWeights.read(new java.io.ByteArrayInputStream(shipped, 0, cut), "cut.weights"), "cut after " + cut + " bytes");
            assertTrue(e.getMessage().startsWith("model 'cut.weights' ") && (e.getMessage().contains("ends early (truncated)")
                    || e.getMessage().contains("is not a sightline-langdetect-weights model")), "cut after " + cut + ": " + e.getMessage());
        }
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> LanguageWeights.read(new java.io.ByteArrayInputStream(shipped, 0, shipped.length / 2), "half.weights"));
        assertEquals("model 'half.weights' ends early (truncated): 145895 features and 1274045 weights need 13217149 bytes"
                + " after the header, it has " + (shipped.length / 2 - (shipped.length - 13_217_149)), e.getMessage());
    }

    @Test
    void aFileThatIsNoLanguageModelFailsInWords() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.properties"));
            zip.write("factory=opennlp.tools.langdetect.LanguageDetectorFactory\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> org.sightline.nlp.internal.LanguageModelReader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "odd.bin"));
        assertEquals("'odd.bin' is not an OpenNLP language detector model (no langdetect.model)", e.getMessage());
    }

    /** A model cut short anywhere (inside a number or inside a feature name) is named as truncated, never a bare index error. */
    @Test
    void aTruncatedModelFailsInWords() throws Exception {
        byte[] model = null;
        byte[] manifest = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                org.sightline.nlp.api.ModelSource.defaultSource().open(LanguageDetector.MODEL))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("langdetect.model")) {
                    model = zip.readAllBytes();
                } else if (e.getName().equals("manifest.properties")) {
                    manifest = zip.readAllBytes();
                }
            }
        }
        for (int cut : new int[] {3, 101, 5_001, model.length / 2, model.length - 1}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.properties"));
                zip.write(manifest);
                zip.putNextEntry(new java.util.zip.ZipEntry("langdetect.model"));
                zip.write(model, 0, cut);
            }
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> org.sightline.nlp.internal.LanguageModelReader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "cut.bin"),
                    "cut after " + cut + " bytes");
            assertEquals("'cut.bin': langdetect.model ends early (truncated)", e.getMessage(), "cut after " + cut + " bytes");
        }
    }
}
