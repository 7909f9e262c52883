/**
 * Training: corpus reading and writing, the {@code synth} spam generator, the language-model builder,
 * the Smile trainer, and the context pass's gradient-boosted trees ({@code Booster}, {@code ContextTraining}). This is the only package that imports Smile; inference never needs it.
 */
package org.linesift.train;
