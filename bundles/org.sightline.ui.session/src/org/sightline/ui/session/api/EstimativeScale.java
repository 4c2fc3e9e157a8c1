package org.sightline.ui.session.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Modality;
import org.sightline.model.ReviewStatus;

/**
 * A words-of-estimative-probability scale: the confidence (0..1) a claim of each modality gets.
 * Presets follow Sherman Kent's 1964 table and three of its successors; each modality takes the
 * middle of the band its words fall in. ASSERTED (no modal) and OBLIGATION (a demand, not a
 * probability) are not part of these scales and keep 1.0 and 0.9 unless the analyst changes them.
 *
 * @param name       shown in the preference page
 * @param confidence one value per modality
 *
 * @since 0.1.0
 */
public record EstimativeScale(String name, Map<Modality, Double> confidence) {

    /** Kent (CIA, 1964): almost certain 93, probable 75, chances about even 50, probably not 30. */
    public static final EstimativeScale KENT = of("Kent (1964)", 0.93, 0.75, 0.50, 0.30);
    /** US ICD 203 (2015): almost certainly 95-99, likely 55-80, roughly even 45-55, unlikely 20-45. */
    public static final EstimativeScale ICD_203 = of("US ICD 203 (2015)", 0.97, 0.675, 0.50, 0.325);
    /** UK PHIA probability yardstick (2019): almost certain 95-100, likely 55-75, realistic possibility 40-50, unlikely 25-35. */
    public static final EstimativeScale PHIA = of("UK PHIA yardstick (2019)", 0.975, 0.65, 0.45, 0.30);
    /** NATO AJP-2.1 (2016): highly likely >90, likely 60-90, even chance 40-60, unlikely 10-40. */
    public static final EstimativeScale NATO = of("NATO AJP-2.1 (2016)", 0.95, 0.75, 0.50, 0.25);

    public static final List<EstimativeScale> PRESETS = List.of(KENT, ICD_203, PHIA, NATO);

    public EstimativeScale {
        EnumMap<Modality, Double> m = new EnumMap<>(Modality.class);
        for (Modality mod : Modality.VALUES) {
            Double v = confidence.get(mod);
            if (v == null || v.isNaN() || v < 0 || v > 1) {
                throw new IllegalArgumentException("scale \"" + name + "\": confidence of " + mod + " must be in 0..1, not " + v);
            }
            m.put(mod, v);
        }
        confidence = Map.copyOf(m);
    }

    private static EstimativeScale of(String name, double certain, double probable, double possible, double unlikely) {
        return new EstimativeScale(name, Map.of(Modality.ASSERTED, 1.0, Modality.CERTAIN, certain, Modality.PROBABLE, probable,
                Modality.POSSIBLE, possible, Modality.UNLIKELY, unlikely, Modality.OBLIGATION, 0.9));
    }

    public double confidenceOf(Modality modality) {
        return confidence.get(modality == null ? Modality.ASSERTED : modality);
    }

    /** Sets the confidence of the extracted (not yet reviewed) claims of {@code corpus} from this scale. */
    public void applyTo(Corpus corpus) {
        for (Claim c : corpus.getClaims()) {
            if (c.getStatus() == null || c.getStatus() == ReviewStatus.EXTRACTED) {
                c.setConfidence(confidenceOf(c.getModality()));
            }
        }
    }

    /** "Kent (1964)|ASSERTED=1.0,CERTAIN=0.93,...": the preference value. */
    public String format() {
        StringBuilder b = new StringBuilder(name).append('|');
        for (Modality m : Modality.VALUES) {
            b.append(m.getLiteral()).append('=').append(String.format(Locale.ROOT, "%.3f", confidence.get(m))).append(m.getValue() < Modality.VALUES.size() - 1 ? "," : "");
        }
        return b.toString();
    }

    /**
     * Reads {@link #format()}'s output.
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static EstimativeScale parse(String value) {
        int bar = value == null ? -1 : value.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("estimative scale \"" + value + "\": expected NAME|MODALITY=VALUE,...");
        }
        Map<Modality, Double> m = new EnumMap<>(Modality.class);
        for (String pair : value.substring(bar + 1).split(",")) {
            String[] kv = pair.split("=", 2);
            Modality mod = kv.length == 2 ? Modality.get(kv[0].strip()) : null;
            if (mod == null) {
                throw new IllegalArgumentException("estimative scale \"" + value + "\": \"" + pair + "\" is not MODALITY=VALUE");
            }
            try {
                m.put(mod, Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("estimative scale \"" + value + "\": \"" + kv[1] + "\" is not a number");
            }
        }
        return new EstimativeScale(value.substring(0, bar), m);
    }
}
