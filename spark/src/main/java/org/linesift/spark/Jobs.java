package org.linesift.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Option;
import scala.Tuple2;

import java.io.IOException;

/** What the job's commands share: the Spark session, the Hadoop view of input and output paths, the model file. */
final class Jobs {
    private Jobs() {}

    /**
     * Settings for a session inside this JVM ({@code local[N]}): Spark listens on the loopback address only, runs no
     * web UI, and shuffles into a few partitions. On a cluster none of this is set, and spark-submit's settings rule.
     */
    static SparkConf localConf(SparkConf conf) {
        return conf.setIfMissing("spark.driver.host", "127.0.0.1")
                .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.sql.shuffle.partitions", "4");
    }

    /** The job's session: the one already running in this JVM if any (left running), else a new one (stopped on close). */
    static final class Session implements AutoCloseable {
        final SparkSession spark;
        private final boolean owned;

        private Session(SparkSession spark, boolean owned) {
            this.spark = spark;
            this.owned = owned;
        }

        @Override
        public void close() {
            if (owned) spark.stop();
        }
    }

    /** Opens the session; without a master (not run by spark-submit) it runs in this JVM on all cores, {@code local[*]}. */
    static Session session() {
        Option<SparkSession> running = SparkSession.getDefaultSession();
        if (running.isDefined()) return new Session(running.get(), false);
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "linesift").setIfMissing("spark.master", "local[*]");
        if (conf.get("spark.master").startsWith("local")) localConf(conf);
        return new Session(SparkSession.builder().config(conf).getOrCreate(), true);
    }

    /**
     * The Hadoop configuration the session will have ({@code spark.hadoop.*} settings included), made without
     * starting Spark, so that a missing input is reported before Spark prints anything.
     */
    static Configuration hadoopConf() {
        Configuration hc = new Configuration();
        for (Tuple2<String, String> kv : new SparkConf().getAllWithPrefix("spark.hadoop.")) hc.set(kv._1(), kv._2());
        return hc;
    }

    /** Fails with a user error unless {@code path} (a file, directory or glob, on any Hadoop file system) names something. */
    static void requireInput(Configuration hc, String path) throws IOException {
        Path p = new Path(path);
        FileStatus[] found = p.getFileSystem(hc).globStatus(p);
        if (found == null || found.length == 0) throw new UserError(path + ": no such file or directory");
    }

    /** Fails with a user error if {@code path} exists and {@code force} is off. */
    static void refuseExisting(Configuration hc, String path, boolean force) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(hc);
        if (!force && fs.exists(p)) throw new UserError(path + ": already exists (pass --force to replace it)");
    }

    /**
     * Fails with a user error if the output directory is, holds or lies inside the input: with {@code --force}
     * Spark deletes the output directory before it writes, and a later run would read the output as pages.
     */
    static void refuseOverlap(Configuration hc, String input, String out) throws IOException {
        String in = qualified(hc, input), o = qualified(hc, out);
        if (in.equals(o) || in.startsWith(o + "/") || o.startsWith(in + "/")) {
            throw new UserError(out + ": the output must lie outside the input " + input);
        }
    }

    private static String qualified(Configuration hc, String path) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(hc).makeQualified(p).toString();
    }

    /** The bytes of a model file (a Hadoop path, like the input), or null for the bundled model. */
    static byte[] readModel(Configuration hc, String model) throws IOException {
        if (model == null) return null;
        Path p = new Path(model);
        FileSystem fs = p.getFileSystem(hc);
        if (!fs.exists(p)) throw new UserError(model + ": no such file");
        FileStatus st = fs.getFileStatus(p);
        if (st.isDirectory()) throw new UserError(model + ": is a directory, not a model file");
        if (st.getLen() > Integer.MAX_VALUE - 16) throw new UserError(model + ": " + st.getLen() + " bytes is too large for a model file");
        byte[] bytes = new byte[(int) st.getLen()];
        try (FSDataInputStream in = fs.open(p)) {
            in.readFully(bytes);
        }
        return bytes;
    }

    /** The user error for a model file that is not a valid model: its path and what is wrong with it. */
    static UserError badModel(String model, org.linesift.ModelFormatException e) {
        return new UserError(model + ": " + e.getMessage().replaceFirst("^model bytes: ", ""));
    }
}
