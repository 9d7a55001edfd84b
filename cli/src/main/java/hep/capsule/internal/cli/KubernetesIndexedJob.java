package hep.capsule.internal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes manifest of a campaign: an Indexed Job (batch/v1) with one completion per archive, each pod running
 * Capsule's OCI image on task {@code $JOB_COMPLETION_INDEX} ({@code kubectl apply -f capsule-job.yaml}). The campaign
 * folder, and the archives, must be at the same paths inside the pods: the folder is mounted there from a
 * PersistentVolumeClaim.
 */
final class KubernetesIndexedJob {
    static final String FILE = "capsule-job.yaml";
    static final String VOLUME_CLAIM = "capsule-campaign";

    private KubernetesIndexedJob() {}

    static String text(CampaignPlan plan) {
        Map<String, Object> container = Map.of(
                "name", "capsule",
                "image", plan.image(),
                "command",
                        List.of(
                                "/bin/sh",
                                "-c",
                                "exec /bin/sh " + ShellWords.quote(plan.task().toString())
                                        + " \"$JOB_COMPLETION_INDEX\""),
                "env", List.of(Map.of("name", "CAPSULE", "value", "capsule")),
                "resources", Map.of("requests", Map.of("cpu", "1")),
                "volumeMounts",
                        List.of(Map.of(
                                "name", "campaign", "mountPath", plan.folder().toString())));
        Map<String, Object> pod = Map.of(
                "restartPolicy", "Never",
                "containers", List.of(container),
                "volumes",
                        List.of(Map.of(
                                "name", "campaign", "persistentVolumeClaim", Map.of("claimName", VOLUME_CLAIM))));
        Map<String, Object> job = Map.of(
                "apiVersion",
                "batch/v1",
                "kind",
                "Job",
                "metadata",
                Map.of("name", "capsule-verify", "labels", Map.of("app", "capsule-verify")),
                "spec",
                Map.of(
                        "completionMode", "Indexed",
                        "completions", plan.archives().size(),
                        "parallelism", plan.parallelism(),
                        "backoffLimitPerIndex", 0,
                        "maxFailedIndexes", plan.archives().size(),
                        "template",
                                Map.of("metadata", Map.of("labels", Map.of("app", "capsule-verify")), "spec", pod)));
        try {
            return "# Apply with: kubectl apply -f " + plan.folder().resolve(FILE)
                    + "   then: capsule campaign summarize " + plan.folder() + "\n"
                    + "# Needs a PersistentVolumeClaim \"" + VOLUME_CLAIM
                    + "\" holding the campaign folder (and the archives, at the same paths).\n"
                    + new YAMLMapper()
                            .configure(
                                    com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                            .writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps are always writable as YAML", e);
        }
    }
}
