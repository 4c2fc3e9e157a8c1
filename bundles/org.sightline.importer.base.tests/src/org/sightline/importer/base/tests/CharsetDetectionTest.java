package org.sightline.importer.base.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sightline.importer.base.api.Decoding;
import org.sightline.importer.base.api.Decoding.Source;

/**
 * Legacy encodings of pages and text files that declare none: one case per encoding, each a short
 * news paragraph in the script's language (written for these tests), as a text file and as an HTML
 * page without a charset declaration.
 */
class CharsetDetectionTest {

    static final String RUSSIAN = "Министерство обороны России заявило в четверг, что его войска отразили атаку на "
            + "границе. Официальный представитель ведомства подчеркнул, что ситуация остаётся под контролем, а "
            + "аналитики предупреждают о риске дальнейшей эскалации.";
    static final String ARABIC = "قالت وزارة الدفاع يوم الخميس إن قواتها صدت هجوما على الحدود. وأكد المتحدث باسم "
            + "الوزارة أن الوضع تحت السيطرة، بينما حذر محللون من خطر التصعيد في المنطقة خلال الأيام المقبلة.";
    static final String GREEK = "Το υπουργείο Άμυνας ανακοίνωσε την Πέμπτη ότι οι δυνάμεις του απέκρουσαν επίθεση "
            + "στα σύνορα. Ο εκπρόσωπος του υπουργείου τόνισε ότι η κατάσταση παραμένει υπό έλεγχο, ενώ αναλυτές "
            + "προειδοποιούν για κίνδυνο κλιμάκωσης.";
    static final String JAPANESE = "防衛省は木曜日、国境付近で攻撃を撃退したと発表した。報道官は状況は制御下にあると強調したが、"
            + "専門家は今後数日間に緊張がさらに高まる危険性があると警告している。";
    static final String CHINESE = "国防部星期四表示，其部队在边境击退了一次袭击。发言人强调局势仍在控制之中，但分析人士警告说，"
            + "未来几天紧张局势可能进一步升级。";
    static final String CHINESE_TRADITIONAL = "國防部星期四表示，其部隊在邊境擊退了一次襲擊。發言人強調局勢仍在控制之中，"
            + "但分析人士警告說，未來幾天緊張局勢可能進一步升級。";
    static final String KOREAN = "국방부는 목요일 국경 지역에서 공격을 격퇴했다고 밝혔다. 대변인은 상황이 통제되고 있다고 "
            + "강조했지만, 전문가들은 앞으로 며칠 동안 긴장이 더 고조될 위험이 있다고 경고했다.";
    static final String POLISH = "Ministerstwo Obrony Narodowej poinformowało w czwartek, że jego siły odparły atak na "
            + "granicy. Rzecznik podkreślił, że sytuacja pozostaje pod kontrolą, a analitycy ostrzegają przed ryzykiem "
            + "dalszej eskalacji.";
    static final String FRENCH = "Le ministère de la Défense a déclaré jeudi que ses forces avaient repoussé une attaque "
            + "à la frontière. Le porte-parole a souligné que la situation reste « sous contrôle », tandis que des "
            + "analystes mettent en garde contre un risque d’escalade.";

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "RUSSIAN, windows-1251",
        "RUSSIAN, KOI8-R",
        "RUSSIAN, ISO-8859-5",
        "ARABIC, windows-1256",
        "ARABIC, ISO-8859-6",
        "GREEK, ISO-8859-7",
        "GREEK, windows-1253",
        "JAPANESE, Shift_JIS",
        "JAPANESE, EUC-JP",
        "JAPANESE, ISO-2022-JP",
        "CHINESE, GB18030",
        "CHINESE, GB2312",
        "CHINESE_TRADITIONAL, Big5",
        "KOREAN, EUC-KR",
        "POLISH, windows-1250",
    })
    void undeclaredLegacyEncodingIsDetected(String language, String encoding) throws Exception {
        String text = (String) CharsetDetectionTest.class.getDeclaredField(language).get(null);
        Charset charset = Charset.forName(encoding);

        Decoding.Decoded plain = Decoding.decodeWithSource(text.getBytes(charset), null);
        assertEquals(text, plain.text(), "text file in " + encoding + ", read as " + plain.charset());
        assertEquals(Source.DETECTED, plain.source());

        String page = "<!DOCTYPE html><html><head><title>Report</title></head><body><article><p>" + text
                + "</p></article></body></html>";
        Decoding.Decoded html = Decoding.decodeWithSource(page.getBytes(charset), null);
        assertEquals(page, html.text(), "HTML page in " + encoding + ", read as " + html.charset());
    }

    @Test
    void westernTextStaysWindows1252AndDeclarationsStillWin() {
        byte[] french = FRENCH.getBytes(Charset.forName("windows-1252"));
        assertEquals(FRENCH, Decoding.decode(french, null));
        // A short text gives the detector too little to go on: the windows-1252 fallback holds.
        byte[] shortText = "caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
        Decoding.Decoded d = Decoding.decodeWithSource(shortText, null);
        assertEquals(Source.FALLBACK, d.source());
        assertEquals("caf\u00e9 \u201cquoted\u201d", d.text());
        // BOM, header and in-document declaration come before any guess.
        byte[] koi8 = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        assertEquals(Source.HEADER, Decoding.decodeWithSource(koi8, "koi8-r").source());
        byte[] declared = ("<meta charset=\"windows-1251\"><p>" + RUSSIAN).getBytes(Charset.forName("windows-1251"));
        assertEquals(Source.DECLARATION, Decoding.decodeWithSource(declared, null).source());
    }
}
