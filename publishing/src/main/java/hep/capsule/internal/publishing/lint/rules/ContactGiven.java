package hep.capsule.internal.publishing.lint.rules;

import hep.capsule.internal.publishing.lint.LintFinding;
import hep.capsule.internal.publishing.lint.LintMaterial;
import hep.capsule.internal.publishing.lint.Severity;
import hep.capsule.internal.schema.Missing;
import java.util.ArrayList;
import java.util.List;

/** Every contact has a name and an email address. */
final class ContactGiven extends Rule {
    ContactGiven() {
        super(
                "identity-contact",
                Severity.ERROR,
                "Every contact has a name and an email address.",
                "Les Houches guide: questions about a model's inputs need someone to answer them.",
                "Fill in the contact's name and email.");
    }

    @Override
    public List<LintFinding> check(LintMaterial material) {
        List<LintFinding> findings = new ArrayList<>();
        for (int c = 0; c < material.descriptor().contacts().size(); c++) {
            var contact = material.descriptor().contacts().get(c);
            for (String key : List.of("name", "email")) {
                if (Missing.is(key.equals("name") ? contact.name() : contact.email())) {
                    findings.add(finding(
                            "contact " + (c + 1) + " has no " + key,
                            description().help(),
                            material.at("contacts", c, key)));
                }
            }
        }
        return findings;
    }
}
