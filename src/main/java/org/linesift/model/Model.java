package org.linesift.model;

import org.linesift.feature.CharLm;
import org.linesift.feature.FeatureConfig;
import org.linesift.feature.TermSet;

import java.util.Objects;

/**
 * Everything a trained LineSift model holds: the feature configuration, the character language model,
 * the first-pass (line) model, the optional second-pass (page) model and the optional trees of the context pass
 * (body or nav, read from what the passes before it decided for the whole page), plus a free-text training note.
 * Immutable.
 */
public final class Model {
    private final FeatureConfig config;
    private final CharLm lm;
    private final TermSet terms;
    private final LinearModel lineModel;
    private final LinearModel pageModel;
    private final TreeEnsemble contextTrees;
    private final String note;

    public Model(FeatureConfig config, CharLm lm, LinearModel lineModel, LinearModel pageModel, String note) {
        this(config, lm, null, lineModel, pageModel, note);
    }

    public Model(FeatureConfig config, CharLm lm, TermSet terms, LinearModel lineModel, LinearModel pageModel, String note) {
        this(config, lm, terms, lineModel, pageModel, null, note);
    }

    public Model(FeatureConfig config, CharLm lm, TermSet terms, LinearModel lineModel, LinearModel pageModel,
                 TreeEnsemble contextTrees, String note) {
        this.contextTrees = contextTrees;
        this.config = Objects.requireNonNull(config);
        this.lm = lm;
        this.terms = terms;
        if (config.has(FeatureConfig.LEXICON) && terms == null) throw new IllegalArgumentException("configuration asks for a spam lexicon but none is given");
        this.lineModel = Objects.requireNonNull(lineModel);
        this.pageModel = pageModel;
        this.note = note == null ? "" : note;
        if (lineModel.dimension() != config.dimension()) throw new IllegalArgumentException("line model dimension does not match the feature configuration");
        if (pageModel != null && pageModel.dimension() != config.dimension()) throw new IllegalArgumentException("page model dimension does not match the feature configuration");
        if (config.has(FeatureConfig.LM) && lm == null) throw new IllegalArgumentException("configuration asks for a language model but none is given");
    }

    public FeatureConfig config() { return config; }
    /** The character LM, or {@code null}. */
    public CharLm lm() { return lm; }
    /** The spam lexicon (term hashes), or {@code null}. */
    public TermSet terms() { return terms; }
    public LinearModel lineModel() { return lineModel; }
    /** The second-pass model, or {@code null} for a one-pass model. */
    public LinearModel pageModel() { return pageModel; }
    public String note() { return note; }
    /** The trees of the context pass ({@code page.ContextPass}), or {@code null} for a model without that pass. */
    public TreeEnsemble contextTrees() { return contextTrees; }

    /** This model with {@code trees} as its context pass ({@code null}: without one), and {@code note} as its note. */
    public Model withContextTrees(TreeEnsemble trees, String note) {
        return new Model(config, lm, terms, lineModel, pageModel, trees, note);
    }

    public String describe() {
        return "LineSift model (format v" + ModelFile.FORMAT_VERSION + "): " + config
                + (pageModel != null ? ", two passes" : ", one pass")
                + (contextTrees != null ? " and a context pass of " + contextTrees.trees() + " trees" : "") + (note.isEmpty() ? "" : "; " + note);
    }
}
