package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * No contact is a placeholder: an address at a reserved domain (RFC 2606: example.*, .test, .invalid) or a name saying
 * placeholder.
 */
final class ContactPlaceholder extends Rule {
    private static final Pattern RESERVED =
            Pattern.compile("@([^@]*\\.)?(example\\.(org|com|net)|[^@]*\\.(test|invalid|example|localhost))$");

    ContactPlaceholder() {
        super(
                "identity-contact-placeholder",
                Severity.WARNING,
                "No contact is a placeholder (an example.org address, a name saying placeholder).",
                "An address at a reserved domain reaches nobody.",
                "Give a real person (or a mailing list) who can answer questions about the model.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (int c = 0; c < material.descriptor().contacts().size(); c++) {
            var contact = material.descriptor().contacts().get(c);
            if (RESERVED.matcher(contact.email().toLowerCase(Locale.ROOT)).find()) {
                findings.add(finding(
                        "contact " + (c + 1) + " has the placeholder address " + contact.email(),
                        description().help(),
                        material.at("contacts", c, "email")));
            } else if (contact.name().toLowerCase(Locale.ROOT).contains("placeholder")) {
                findings.add(finding(
                        "contact " + (c + 1) + " is named as a placeholder: " + contact.name(),
                        description().help(),
                        material.at("contacts", c, "name")));
            }
        }
        return findings;
    }
}
