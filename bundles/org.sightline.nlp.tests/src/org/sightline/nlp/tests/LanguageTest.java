package org.sightline.nlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.LanguageDetector;
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
