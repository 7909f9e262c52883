package org.linesift;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pipeline's arrows point one way: each package imports only the packages below it (see README, "How it
 * works"). Lower packages may use the root package's value types (Label, Span, ModelFormatException), never the
 * facade. Checked by scanning the imports of the sources.
 */
class ArchitectureTest {
    static final Set<String> ROOT_VALUE_TYPES = Set.of("Label", "Span", "ModelFormatException");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "text", Set.of(),
            "html", Set.of(),
            "feature", Set.of("text"),
            "model", Set.of("text", "feature"),
            "page", Set.of("text", "feature", "model"),
            "spam", Set.of("text", "feature"),
            "train", Set.of("html", "text", "feature", "model", "page"),
            "eval", Set.of("html", "text", "feature", "model", "page", "spam", "train", "root"),
            "cli", Set.of("html", "text", "feature", "model", "page", "spam", "train", "eval", "root"));

    @Test
    void importsPointDownThePipeline() throws IOException {
        Path src = Path.of("src/main/java/org/linesift");
        Pattern imp = Pattern.compile("^import (?:static )?org\\.linesift\\.([a-z]+)?\\.?([A-Z]\\w*)?", Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = src.relativize(f);
                if (rel.getNameCount() < 2) continue; // the root package may use everything
                String pkg = rel.getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) { violations.add(rel + ": package not in the table"); continue; }
                Matcher m = imp.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1);
                    String rootType = m.group(2);
                    if (target == null) {
                        // org.linesift.Type: a root-package type
                        if (!allowed.contains("root") && !ROOT_VALUE_TYPES.contains(rootType)) violations.add(rel + " imports org.linesift." + rootType);
                    } else if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(rel + " imports org.linesift." + target);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
