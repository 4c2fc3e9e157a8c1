package org.sightline.extract.actors.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.GazetteerEntry;
import org.sightline.extract.actors.api.TsvGazetteer;

/**
 * Derives the bundled "phoenix" gazetteer from the CAMEO/Phoenix actor dictionaries (MIT). Repeatable:
 *
 * <pre>
 * java -cp ... org.sightline.extract.actors.internal.DerivePhoenixGazetteer \
 *     shared/data/actor-dictionaries/phoenix \
 *     bundles/org.sightline.extract.actors/derive/country-names.tsv \
 *     bundles/org.sightline.extract.actors/src/org/sightline/extract/actors/gazetteer/phoenix-gazetteer.tsv
 * </pre>
 *
 * What is kept and why: Phoenix lists under a country every city and region (so that events located
 * there are coded to it). For actor recognition only names, abbreviations and the capital stand for a
 * government ("Pyongyang said"); other cities, regions and misspellings would turn places into actors.
 * Demonyms become adjectives (an actor only before an actor noun). Blocks coded to a country sector
 * (USAGOV, RUSMIL...) become bodies when their name is an institution; people are kept only with an
 * open-ended role. International organisations and non-state armed groups come from their files.
 */
public final class DerivePhoenixGazetteer {

    private static final Pattern CODE = Pattern.compile("\\[([A-Z~]{3,})(?:\\s+([^\\]]*))?\\]");
    private static final Set<String> GENERIC_WORDS = Set.of("REPUBLIC", "DEMOCRATIC", "PEOPLE", "PEOPLES", "PEOPLE'S",
            "FEDERATION", "KINGDOM", "STATES", "STATE", "UNITED", "ISLAMIC", "ARAB", "ISLANDS", "SAINT", "NORTH",
            "SOUTH", "EAST", "WEST", "CENTRAL", "NEW", "GREAT", "FEDERAL", "SOCIALIST", "THE", "AND", "OF", "REPUBLICOF");
    private static final Set<String> INSTITUTION_WORDS = Set.of("DEPARTMENT", "MINISTRY", "COUNCIL", "CONGRESS",
            "SENATE", "COURT", "PARLIAMENT", "ASSEMBLY", "ARMY", "NAVY", "AIR_FORCE", "FORCES", "FORCE", "MILITARY",
            "COMMAND", "AGENCY", "BUREAU", "OFFICE", "KREMLIN", "PENTAGON", "GUARD", "POLICE", "INTELLIGENCE", "SERVICE",
            "CABINET", "GOVERNMENT", "COMMITTEE", "COMMISSION", "BANK", "HOUSE", "DUMA", "KNESSET", "CORPS", "MARINES",
            "ORGANIZATION", "ORGANISATION", "UNION", "NATIONS", "ALLIANCE", "LEAGUE", "ASSOCIATION", "FUND", "TREATY",
            "PROGRAMME", "PROGRAM", "TRIBUNAL", "COMMUNITY", "PARTNERSHIP", "AUTHORITY", "SECRETARIAT", "COOPERATION",
            "INSTITUTE", "CENTER", "CENTRE", "PANEL", "MISSION", "FRONT", "BRIGADE", "BRIGADES", "MOVEMENT", "PARTY",
            "STATE", "ARMED", "JUNTA", "REGIME", "LEGISLATURE", "WHITE_HOUSE", "DIET", "CHAMBER");
    private static final Set<String> ROLE_WORDS = Set.of("OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESWOMAN",
            "SPOKESPERSON", "SECRETARY", "MINISTER", "CHIEF", "HEAD", "LEADER", "PRESIDENT", "DIRECTOR", "ENVOY",
            "AMBASSADOR", "JUSTICES", "MEMBER", "MEMBERS", "SOURCE", "SOURCES", "COMMANDER", "GENERAL", "TROOPS",
            "SOLDIER", "SOLDIERS", "OFFICER", "PEACEKEEPER", "CONTINGENT");
    private static final Set<String> KEEP_UPPER = Set.of("NATO", "ISIL", "ISIS", "IAEA", "DPRK", "OPEC", "ASEAN",
            "UNICEF", "UNESCO", "UNHCR", "UNSC", "OSCE", "AMISOM", "ECOWAS", "INTERPOL", "CENTCOM", "SOCOM", "NORAD",
            "AFRICOM", "EUCOM", "PACOM", "USAID", "UNDP", "UNAMA", "UNIFIL", "MONUSCO", "FARC", "HAMAS", "DARPA");

    private DerivePhoenixGazetteer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DerivePhoenixGazetteer PHOENIX_DIR COUNTRY_NAMES_TSV OUT_TSV");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String[]> names = readCountryNames(Path.of(args[1]));
        List<GazetteerEntry> out = new ArrayList<>();
        List<Block> countries = parse(dir.resolve("Phoenix.Countries.actors.txt"));
        deriveCountries(countries, names, out);
        deriveInternational(parse(dir.resolve("Phoenix.International.actors.txt")), out);
        deriveArmedGroups(parse(dir.resolve("Phoenix.MilNonState.actors.txt")), out);
        Path target = Path.of(args[2]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("# Derived from the CAMEO/Phoenix actor dictionaries (Copyright (c) 2014 Open Event Data Alliance,\n");
            w.write("# MIT License, full text in PHOENIX-LICENSE.txt next to this file) by\n");
            w.write("# org.sightline.extract.actors.internal.DerivePhoenixGazetteer. Do not edit by hand: rerun it.\n");
            w.write("# kind\tcode\tpartOf\tname\trole\taliases\tadjectives\n");
            TsvGazetteer.write(out, w);
        }
        System.out.println(out.size() + " entries written to " + target);
    }

    /** One dictionary block: a head name, '+' aliases, and bracketed codes with optional date ranges. */
    record Block(String name, List<String> aliases, List<String[]> codes) {
    }

    static List<Block> parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Phoenix dictionary not found: " + file);
        }
        List<Block> blocks = new ArrayList<>();
        Block cur = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw;
            List<String[]> codes = new ArrayList<>();
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                codes.add(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2).trim()});
            }
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\[[^\\]]*\\]", "").strip();
            if (line.startsWith("#") || (body.isEmpty() && codes.isEmpty())) {
                continue;
            }
            if (line.startsWith("+")) {
                if (cur != null && body.length() > 1) {
                    cur.aliases.add(clean(body.substring(1)));
                }
            } else if (Character.isWhitespace(line.charAt(0)) || body.isEmpty()) {
                if (cur != null) {
                    cur.codes.addAll(codes);
                }
            } else {
                cur = new Block(clean(body), new ArrayList<>(), new ArrayList<>(codes));
                blocks.add(cur);
            }
        }
        return blocks;
    }

    private static String clean(String s) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        if (sp > 0 && t.indexOf('_') >= 0) {
            t = t.substring(0, sp); // trailing junk after the name
        }
        while (t.endsWith("_")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String[]> readCountryNames(Path file) throws IOException {
        Map<String, String[]> m = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IOException(file + ": expected code, display name, capital: " + line);
            }
            m.put(f[0], new String[] {f[1], f[2]});
        }
        return m;
    }

    private static void deriveCountries(List<Block> blocks, Map<String, String[]> names, List<GazetteerEntry> out) {
        Map<String, GazetteerEntry> states = new LinkedHashMap<>();
        String country = null;
        for (Block b : blocks) {
            if (b.codes.isEmpty()) {
                continue;
            }
            String code = b.codes.get(0)[0];
            String current = currentCountryCode(b);
            if (current != null && !states.containsKey(current) && looksLikeCountry(b, names.get(current))) {
                country = current;
                states.put(current, countryEntry(b, current, names.get(current)));
                continue;
            }
            if (country == null || !code.startsWith(country) || code.length() <= 3) {
                continue;
            }
            if (isInstitution(b.name)) {
                if (!current(b.codes)) {
                    continue;
                }
                ActorKind kind = code.contains("MIL") ? ActorKind.MILITARY
                        : code.contains("MED") ? ActorKind.MEDIA
                        : code.substring(3).matches("(REB|INS|OPP|UAF|PTY|NGO|BUS).*") ? ActorKind.ORGANIZATION
                        : ActorKind.GOVERNMENT_BODY;
                Set<String> aliases = new LinkedHashSet<>();
                for (String a : b.aliases) {
                    if (isInstitution(a) || isAbbreviation(a)) {
                        aliases.add(display(a));
                    }
                }
                String partOf = kind == ActorKind.ORGANIZATION ? null : code.substring(0, 3);
                out.add(new GazetteerEntry(display(b.name), List.copyOf(aliases), List.of(), kind, code, partOf, null));
            } else if (isPersonName(b.name) && openRole(b.codes) != null) {
                String[] role = openRole(b.codes);
                out.add(new GazetteerEntry(display(b.name), List.of(), List.of(), ActorKind.PERSON, role[0],
                        role[0].substring(0, 3), roleName(role[0])));
            }
        }
        out.addAll(0, states.values());
        for (String code : names.keySet()) {
            if (!states.containsKey(code)) {
                System.err.println("country-names.tsv: code " + code + " has no Phoenix country block");
            }
        }
    }

    /** The 3-letter code of a block that has no end date ("[IRQ >20060520]", "[SRB]"), or null. */
    private static String currentCountryCode(Block b) {
        for (String[] c : b.codes) {
            if (c[0].length() == 3 && (c[1].isEmpty() || c[1].startsWith(">"))) {
                return c[0];
            }
        }
        return null;
    }

    private static boolean looksLikeCountry(Block b, String[] curated) {
        if (isInstitution(b.name)) {
            return false;
        }
        if (curated != null) {
            String display = curated[0].toUpperCase(Locale.ROOT);
            return b.name.equals(display) || b.name.contains(display) || display.contains(b.name)
                    || b.aliases.contains(display);
        }
        return b.aliases.size() >= 3;
    }

    private static GazetteerEntry countryEntry(Block b, String code, String[] curated) {
        String displayName = curated != null ? curated[0] : display(b.name);
        String capital = curated != null ? curated[1] : null;
        Set<String> significant = new LinkedHashSet<>();
        for (String n : List.of(b.name, displayName.toUpperCase(Locale.ROOT))) {
            for (String w : n.split("[ \\-]")) {
                if (w.length() >= 4 && !GENERIC_WORDS.contains(w)) {
                    significant.add(w);
                }
            }
        }
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> adjectives = new LinkedHashSet<>();
        aliases.add(display(b.name));
        boolean capitalFound = capital == null;
        for (int i = 0; i < b.aliases.size(); i++) {
            String a = b.aliases.get(i);
            if (!a.matches("[A-Z][A-Z .'\\-]*")) {
                continue; // parentheses, commas, lower-case notes
            }
            if (capital != null && a.equalsIgnoreCase(capital)) {
                aliases.add(display(a));
                capitalFound = true;
            } else if (isDemonym(a, significant, i == 0)) {
                adjectives.add(display(a));
            } else if (isAbbreviation(a) || a.equalsIgnoreCase(displayName) || containsAny(a, significant)) {
                if (!a.endsWith("S") || !isDemonym(a.substring(0, a.length() - 1), significant, false)) {
                    aliases.add(display(a));
                }
            }
        }
        if (!capitalFound) {
            System.err.println(code + ": capital " + capital + " is not among the Phoenix aliases, left out");
        }
        aliases.remove(displayName);
        return new GazetteerEntry(displayName, List.copyOf(aliases), List.copyOf(adjectives), ActorKind.STATE, code,
                null, null);
    }

    private static boolean isDemonym(String a, Set<String> significant, boolean firstAlias) {
        String[] words = a.split(" ");
        if (words.length > 2) {
            return false;
        }
        String last = words[words.length - 1];
        boolean suffix = last.matches(".*(AN|ESE|ISH|I|IC|CH|SS|OT)");
        if (!suffix) {
            return false;
        }
        if (firstAlias) {
            return true;
        }
        for (String s : significant) {
            if (last.length() >= 4 && last.regionMatches(0, s, 0, 4) && !last.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String a, Set<String> words) {
        for (String w : a.split("[ \\-]")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAbbreviation(String a) {
        if (a.contains(" ")) {
            return false;
        }
        if (KEEP_UPPER.contains(a)) {
            return true;
        }
        if (a.matches("([A-Z]\\.){2,}")) {
            return true;
        }
        return a.length() <= 4 && a.length() >= 2 && a.matches("[A-Z]+") && (a.length() <= 3 || !a.matches(".*[AEIOU].*"));
    }

    private static boolean isInstitution(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        for (String w : u.split(" ")) {
            if (ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        String joined = u.replace(' ', '_');
        for (String w : INSTITUTION_WORDS) {
            if (joined.equals(w) || joined.startsWith(w + "_") || joined.endsWith("_" + w) || joined.contains("_" + w + "_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonName(String name) {
        String[] w = name.split(" ");
        return w.length >= 2 && w.length <= 4 && name.matches("[A-Z][A-Z .'\\-]+") && !isInstitution(name);
    }

    /** A block counts as current when one of its codes has no end date. */
    private static boolean current(List<String[]> codes) {
        for (String[] c : codes) {
            if (c[1].isEmpty() || c[1].startsWith(">")) {
                return true;
            }
        }
        return false;
    }

    private static String[] openRole(List<String[]> codes) {
        for (String[] c : codes) {
            if (c[1].startsWith(">") && c[0].length() > 3) {
                return c;
            }
        }
        return null;
    }

    private static String roleName(String code) {
        String sector = code.substring(3);
        return switch (sector.length() >= 3 ? sector.substring(0, 3) : sector) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "LEG" -> "legislator";
            case "JUD" -> "judiciary";
            case "ELI" -> "elite";
            case "OPP" -> "opposition";
            case "MED" -> "media";
            case "BUS" -> "business";
            default -> null;
        };
    }

    private static void deriveInternational(List<Block> blocks, List<GazetteerEntry> out) {
        Map<String, GazetteerEntry> seen = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.codes.isEmpty() || !b.codes.get(0)[0].startsWith("IGO") || !current(b.codes)) {
                continue;
            }
            boolean org = isInstitution(b.name) || isAbbreviation(b.name) || KEEP_UPPER.contains(b.name);
            if (!org) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            for (String a : b.aliases) {
                if ((isInstitution(a) || isAbbreviation(a)) && a.matches("[A-Z][A-Z .'\\-]*")) {
                    aliases.add(display(a));
                }
            }
            String name = display(b.name);
            if (name.startsWith("The ")) {
                name = name.substring(4);
            }
            if (seen.containsKey(name)) {
                continue;
            }
            GazetteerEntry e = new GazetteerEntry(name, List.copyOf(aliases), List.of(),
                    ActorKind.INTERNATIONAL_ORGANIZATION, b.codes.get(0)[0], null, null);
            seen.put(name, e);
            out.add(e);
        }
    }

    private static void deriveArmedGroups(List<Block> blocks, List<GazetteerEntry> out) {
        for (Block b : blocks) {
            if (b.codes.isEmpty() || !b.name.matches("[A-Z][A-Z .'\\-]*")) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            for (String a : b.aliases) {
                if (a.matches("[A-Z][A-Z .'\\-]*") && a.length() > 2) {
                    aliases.add(display(a));
                }
            }
            out.add(new GazetteerEntry(display(b.name), List.copyOf(aliases), List.of(), ActorKind.ORGANIZATION,
                    b.codes.get(0)[0], null, null));
        }
    }

    private static final Set<String> LOWER = Set.of("OF", "THE", "AND", "FOR", "ON", "IN", "DE", "AL", "DU", "LA", "DES");

    /** Phoenix upper case to the case used in news text; abbreviations stay in capitals. */
    static String display(String phoenix) {
        String[] words = phoenix.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                b.append(' ');
            }
            if (w.isEmpty()) {
                continue;
            }
            if (words.length == 1 ? isAbbreviation(w) : (w.contains(".") || KEEP_UPPER.contains(w)
                    || (w.length() <= 4 && !w.matches(".*[AEIOUY].*")) || (i == 0 && (w.equals("US") || w.equals("UN"))))) {
                b.append(w);
            } else if (i > 0 && LOWER.contains(w)) {
                b.append(w.toLowerCase(Locale.ROOT));
            } else {
                b.append(titleCase(w));
            }
        }
        return b.toString();
    }

    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'' && b.length() == 2;
        }
        return b.toString();
    }
}
