package lu.adem.tremplin.shared.metrics;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a dashboard or an alert file queries: in each PromQL expression ({@code "expr": "…"} and
 * template {@code "query": "…"} in Grafana's JSON, {@code expr: …} in Prometheus's rules), every word that
 * looks like one of the families Tremplin exposes (its own, Boot's HTTP, the JVM's, Hikari's, the process's).
 */
final class MetricNames {

    private static final Pattern EXPRESSION =
            Pattern.compile("(?m)(?:\"(?:expr|query)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|^\\s*expr:\\s*(.+)$)");
    private static final Pattern NAME = Pattern.compile(
            "\\b((?:tremplin|http_server|jvm|hikaricp|process|system|executor|tomcat)_[a-zA-Z0-9_]+)\\b");

    private MetricNames() {}

    static Set<String> in(String text) {
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String promql = expression.group(1) != null ? expression.group(1) : expression.group(2);
            Matcher name = NAME.matcher(promql);
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
