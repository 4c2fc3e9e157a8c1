package org.sightline.extract.claims.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sightline.extract.claims.tests.AttributionEval.Attr;
import org.sightline.extract.claims.tests.AttributionEval.Doc;
import org.sightline.extract.claims.tests.AttributionEval.Scores;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;

/**
 * How far two annotations of the same documents agree, and where the claim finder stands between them: a second,
 * independent annotation of some documents of a set ({@code OTHER}, built by {@code anchor.py build}) is scored against
 * the set's own ({@code GOLD}) with {@link AttributionEval#score}, the measure the extractor is held to. Pairing is by
 * overlapping cue, so the F1 of one annotation against the other is the same either way round (precision and recall
 * swap). The finder is then scored on the same documents against each annotation.
 *
 * <p>Run: {@code releng/scripts/bench.sh org.sightline.extract.claims.tests.AgreementEval GOLD_DIR OTHER_DIR [-v]}.
 * Only documents present in both folders count. With {@code -v} the disagreements between the two annotations are
 * listed (the second annotation shows as the prediction, rule {@code other}).
 */
public final class AgreementEval {

    private AgreementEval() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        List<Path> dirs = a.stream().filter(s -> !s.startsWith("-")).map(Path::of).toList();
        if (dirs.size() != 2) {
            System.err.println("usage: AgreementEval GOLD_DIR OTHER_DIR [-v]");
            System.exit(2);
        }
        boolean verbose = a.contains("-v");
        Map<String, Doc> other = AttributionEval.load(dirs.get(1)).stream()
                .collect(Collectors.toMap(Doc::id, Function.identity()));
        List<Doc> gold = new ArrayList<>();
        for (Doc d : AttributionEval.load(dirs.get(0))) {
            Doc o = other.get(d.id());
            if (o != null) {
                if (!o.text().equals(d.text())) {
                    throw new IOException(d.id() + ": the two annotations are of different texts");
                }
                gold.add(d);
            }
        }
        if (gold.isEmpty()) {
            throw new IOException("no document of " + dirs.get(1) + " is in " + dirs.get(0));
        }
        Map<String, List<Attr>> second = new LinkedHashMap<>();
        List<Doc> secondAsGold = new ArrayList<>();
        for (Doc d : gold) {
            Doc o = other.get(d.id());
            second.put(d.id(), o.gold().stream().map(x -> new Attr(x.source(), x.cue(), x.content(), "other")).toList());
            secondAsGold.add(o);
        }
        Annotator annotator = NlpModels.shared().newAnnotator();
        Map<String, List<Attr>> finder = new LinkedHashMap<>();
        for (Doc d : gold) {
            finder.put(d.id(), AttributionEval.predict(annotator, d.text()));
        }
        int goldCount = gold.stream().mapToInt(d -> d.gold().size()).sum();
        int otherCount = secondAsGold.stream().mapToInt(d -> d.gold().size()).sum();
        System.out.println("agreement on " + gold.size() + " documents: " + goldCount + " attributions in " + dirs.get(0)
                + ", " + otherCount + " in " + dirs.get(1));
        print("second annotation against the set's", AttributionEval.score(gold, second, verbose));
        print("claim finder against the set's annotation", AttributionEval.score(gold, finder, false));
        print("claim finder against the second annotation", AttributionEval.score(secondAsGold, finder, false));
    }

    private static void print(String title, Scores s) {
        System.out.println(title + ":");
        System.out.println("  cue      " + s.cue().format());
        System.out.println("  source   " + s.source().format());
        System.out.println("  content  " + s.content().format());
    }
}
