package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment the {@link DeploymentChecks} refused, nothing deployed. A {@link ParseException} with a
 * report per resource, so that the engine REST API answers it as it answers an invalid diagram: 400,
 * the reasons in {@code message} and, per resource, each rule with its element in {@code details}.
 */
class DeploymentRefused extends ParseException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<Problem>> problems;

    DeploymentRefused(Map<String, List<Problem>> problems) {
        super(message(problems), problems.keySet().iterator().next(), List.of(), List.of());
        this.problems = Map.copyOf(problems);
        List<ResourceReport> reports = new ArrayList<>();
        problems.forEach((resource, found) -> reports.add(new ResourceReportImpl(
                resource, found.stream().map(EngineProblem::new).collect(Collectors.toList()), List.of())));
        this.resorceReports = reports;
    }

    /** The errors, by resource name. */
    Map<String, List<Problem>> problems() {
        return problems;
    }

    private static String message(Map<String, List<Problem>> problems) {
        return "Tremplin's deployment checks refused the deployment: "
                + problems.entrySet().stream()
                        .map(resource -> resource.getKey() + ": "
                                + resource.getValue().stream()
                                        .map(Problem::summary)
                                        .collect(Collectors.joining("; ")))
                        .collect(Collectors.joining(" | "));
    }

    /** One problem as the engine reports it (no line: the checks read documents, not lines). */
    private record EngineProblem(Problem problem) implements org.camunda.bpm.engine.Problem {

        @Override
        public String getMessage() {
            return problem.rule() + (problem.detail() == null ? "" : ": " + problem.detail());
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
