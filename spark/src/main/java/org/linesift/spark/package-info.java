/**
 * LineSift on Apache Spark: the same labels as the library on one machine, over a whole crawl.
 *
 * <p>The public API is {@link org.linesift.spark.LineSiftSpark} (classify a {@code Dataset} of pages into one row
 * per line; score labelled pages with the confusion matrix summed over the cluster) and the job's command line,
 * {@link org.linesift.spark.Main}. Everything else is package-private.
 *
 * <p>How a model reaches the executors: a model given as bytes is broadcast as those bytes (never as a Java-serialized
 * object), and each executor JVM turns it into one {@link org.linesift.LineSift} the first time a task needs it,
 * keyed by the SHA-256 of the bytes, and shares that instance between all its tasks. The bundled model is not
 * broadcast: it is in the job jar, so each executor loads it from its classpath, exactly as
 * {@link org.linesift.LineSift#load()} does (the HTML model included).
 */
package org.linesift.spark;
