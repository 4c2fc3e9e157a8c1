package org.sightline.extract.claims.internal.rules;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;

/**
 * The learned cue scorer: a maximum-entropy model (OpenNLP's MAXENT_QN trainer) over the features of
 * {@link CueFeatures} that gives, for a candidate token the hand rules left, the probability that it is (the
 * head of) a gold cue. Trained on the attribution-news dev annotations ({@code learned-cue.bin} beside this
 * class, NOTICE-learned-cue.txt; training and cross-validation: {@code LearnedCueEval} in the tests
 * fragment, docs/extraction.md "A learned cue"). Rule {@code learned-cue} ({@link LearnedCueRule}) builds a
 * claim where the probability reaches the threshold.
 */
public final class LearnedCues {

    /** The shipped model, trained on all of attribution-news dev. */
    public static final String RESOURCE = "learned-cue.bin";
    /** The two outcomes: a gold cue head, anything else. */
    public static final String CUE = "cue";
    public static final String NO = "no";
    /** The probability from which {@code learned-cue} takes a token (the best of the cross-validated thresholds). */
    public static final double THRESHOLD = 0.7;
    /** The probability below which {@code learned-veto} drops a hand rule's claim (the best cross-validated; 0: no veto). */
    public static final double VETO = 0.05;
    /**
     * Whether {@link AttributionRules#find} uses the shipped model. Off: cross-validated on dev neither step
     * gained more than 0.002 F1 (docs/extraction.md, "A learned cue").
     */
    public static final boolean ON_BY_DEFAULT = false;
    /**
     * Training: OpenNLP's maximum entropy trainer with L-BFGS and an L2 penalty (MAXENT_QN; plain GIS overfitted
     * the few positive tokens in cross-validation), its iterations, and how often a feature must occur to be kept.
     */
    public static final String ALGORITHM = "MAXENT_QN";
    public static final double L2 = 1.0;
    public static final int ITERATIONS = 200;
    public static final int CUTOFF = 2;

    private final MaxentModel model;
    private final int cue;

    private LearnedCues(MaxentModel model) {
        this.model = model;
        this.cue = model.getIndex(CUE);
        if (model.getNumOutcomes() != 2 || cue < 0 || model.getIndex(NO) < 0) {
            throw new IllegalArgumentException("not a learned cue model: outcomes must be \"" + CUE + "\" and \"" + NO + "\"");
        }
    }

    /**
     * Reads a model in OpenNLP's binary format ({@link #write}).
     *
     * @throws IOException when the stream holds no such model (the message says what is wrong)
     */
    public static LearnedCues read(InputStream in) throws IOException {
        MaxentModel model;
        try {
            model = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new BufferedInputStream(in)))).getModel();
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a learned cue model (OpenNLP binary maxent model): " + e, e);
        }
        try {
            return new LearnedCues(model);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
    }

    private static final class Shared {
        static final LearnedCues MODEL;

        static {
            try (InputStream in = LearnedCues.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing beside " + LearnedCues.class.getName());
                }
                MODEL = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + ": cannot read the learned cue model", e);
            }
        }
    }

    /** The shipped model (read once). */
    public static LearnedCues shared() {
        return Shared.MODEL;
    }

    /** The model {@link AttributionRules#find} uses: the shipped one when on by default, else none. */
    static LearnedCues byDefault() {
        return ON_BY_DEFAULT ? shared() : null;
    }

    /** The probability that a token with these features is a cue. */
    public double probability(String[] features) {
        return model.eval(features)[cue];
    }

    /** The number of features the model knows. */
    public int features() {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, ?> pmap = (Map<String, ?>) data[1];
        return pmap.size();
    }

    /**
     * Trains a model on feature lists and their labels ({@code cue[k]}: list k is a cue's), in this order, on
     * one thread: the same lists in the same order give the same model.
     */
    public static LearnedCues train(List<String[]> features, boolean[] cue) throws IOException {
        return train(features, cue, Map.of());
    }

    /** {@link #train(List, boolean[])} with OpenNLP training parameters set over the defaults ("Algorithm", "L2Cost", ...). */
    public static LearnedCues train(List<String[]> features, boolean[] cue, Map<String, String> settings) throws IOException {
        if (features.size() != cue.length) {
            throw new IllegalArgumentException(features.size() + " feature lists but " + cue.length + " labels");
        }
        List<Event> events = new ArrayList<>(features.size());
        for (int k = 0; k < cue.length; k++) {
            events.add(new Event(cue[k] ? CUE : NO, features.get(k)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        params.put(QNTrainer.L2COST_PARAM, L2);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        settings.forEach(params::put);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        return new LearnedCues(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    }

    /**
     * A candidate token after the hand rules ran: its character span, its head's ({@code headBegin} -1 for the
     * root), whether a hand rule took it, whether it heads the cue of a hand rule's claim (those {@code
     * learned-veto} scores), whether {@code learned-cue} could make a claim of it (those it scores), and its
     * features.
     */
    public record Candidate(int begin, int end, int headBegin, int headEnd, String lemma, boolean used, boolean claimed,
            boolean readable, String[] features) {

        /** Whether this token heads a cue on [b, e): it lies inside and its head does not. */
        public boolean heads(int b, int e) {
            return begin >= b && end <= e && (headBegin < 0 || headBegin < b || headEnd > e);
        }
    }

    /** The candidate tokens of a document with their features, after the hand rules (the training events). */
    public static List<Candidate> candidates(AnnotatedText text, ActorResult actors) {
        RuleContext ctx = AttributionRules.run(text, actors, null, 1.0, 0);
        LearnedCueRule rule = new LearnedCueRule(ctx);
        LearnedVetoRule veto = new LearnedVetoRule(ctx);
        boolean[] claimed = new boolean[text.tokenCount()];
        for (Found f : ctx.found) {
            claimed[veto.cueHead(f)] = true;
        }
        List<Candidate> out = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            for (int i = text.sentenceFirstToken(s); i < text.sentenceEndToken(s); i++) {
                if (CueFeatures.candidate(text.upos(i))) {
                    Found f = ctx.question(s) ? null : rule.reading(i, s);
                    int h = text.head(i);
                    out.add(new Candidate(text.tokenBegin(i), text.tokenEnd(i), h < 0 ? -1 : text.tokenBegin(h),
                            h < 0 ? -1 : text.tokenEnd(h), text.lemma(i), ctx.used[i], claimed[i], f != null, rule.features(i, s, f)));
                }
            }
        }
        return out;
    }

    /**
     * The claims of a document with this model, {@code learned-cue} from {@code threshold} and {@code learned-veto}
     * below {@code veto} (0: no veto); {@code model} null: the hand rules alone.
     */
    public static List<ClaimRecord> find(AnnotatedText text, ActorResult actors, LearnedCues model, double threshold, double veto) {
        return AttributionRules.records(AttributionRules.run(text, actors, model, threshold, veto));
    }
}
