package org.linesift.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.linesift.LineSift;
import org.linesift.ModelFormatException;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model as tasks see it: a key, and for a model given as bytes the broadcast bytes. Serializable and small (the
 * key and a broadcast handle), so it travels in every task's closure; the {@link LineSift} itself never does.
 */
final class Models implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The key of the bundled model. */
    static final String BUNDLED = "bundled";

    /**
     * One {@link LineSift} per model per JVM. {@code computeIfAbsent} makes the tasks that arrive while a model is
     * loading wait for that one load instead of starting their own. A job uses one model, so this holds one or two.
     */
    private static final ConcurrentHashMap<String, LineSift> LOADED = new ConcurrentHashMap<>();

    private final String key;
    private final Broadcast<byte[]> bytes;

    private Models(String key, Broadcast<byte[]> bytes) {
        this.key = key;
        this.bytes = bytes;
    }

    /** The bundled model, loaded on each executor from the job jar as {@link LineSift#load()} does. */
    static Models bundled() {
        return new Models(BUNDLED, null);
    }

    /**
     * A model file's bytes, checked here on the driver (a corrupt model fails before any task runs) and broadcast.
     *
     * @throws ModelFormatException if the bytes are not a valid model
     */
    static Models of(SparkSession spark, byte[] model) throws ModelFormatException {
        if (model == null) return bundled();
        String key = "sha256:" + sha256(model);
        try {
            LOADED.computeIfAbsent(key, k -> load(model));
        } catch (BadModel e) {
            throw e.cause;
        }
        return new Models(key, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(model));
    }

    /** The model's key: {@code bundled} or {@code sha256:HEX}. */
    String key() {
        return key;
    }

    /** This JVM's instance of the model, loaded on first use. */
    LineSift get() {
        return LOADED.computeIfAbsent(key, k -> bytes == null ? LineSift.load() : load(bytes.value()));
    }

    private static LineSift load(byte[] model) {
        try {
            return LineSift.load(model);
        } catch (ModelFormatException e) {
            throw new BadModel(e);
        }
    }

    /** Carries a {@link ModelFormatException} out of {@code computeIfAbsent}. */
    private static final class BadModel extends RuntimeException {
        final ModelFormatException cause;

        BadModel(ModelFormatException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
