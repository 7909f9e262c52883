/**
 * Training: corpus reading and writing, the {@code synth} spam generator, the language-model builder and
 * the Smile trainer. This is the only package that imports Smile; inference never needs it.
 */
package org.linesift.train;
