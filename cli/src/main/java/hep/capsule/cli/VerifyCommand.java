package hep.capsule.cli;

import hep.capsule.packager.archive.AtomicFileWriter;
import hep.capsule.schema.CapsuleVersion;
import hep.capsule.verifier.Verifier;
import hep.capsule.verifier.VerifyOptions;
import hep.capsule.signatures.NamedBytes;
import hep.capsule.signatures.SigningException;
import hep.capsule.signatures.TrustAnchors;
import hep.capsule.verifier.archive.ArchiveLimits;
import hep.capsule.verifier.report.ArchiveReport;
import hep.capsule.verifier.report.ReportJson;
import hep.capsule.verifier.report.VerificationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-execute capsules and prove, bit for bit, that their models still give the stored outputs, or say exactly where and by how much they do not.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "capsule archives (.capsule.tar.gz)")
    List<Path> archives;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON (schema: verify-report-1.schema.json)")
    Path json;

    @Option(names = "--exact", description = "treat REPRODUCED_WITHIN_TOLERANCE as a failure (exit code 5)")
    boolean exact;

    @Option(names = "--trust", paramLabel = "KEYRING", description = "OpenPGP public keys whose signatures are TRUSTED (e.g. public.asc); repeatable")
    List<Path> trustedKeys = new ArrayList<>();

    @Option(names = "--trust-ca", paramLabel = "CA.pem",
            description = "CA certificates (PEM) whose certificates' CMS signatures and time-stamps are TRUSTED; repeatable")
    List<Path> trustedAuthorities = new ArrayList<>();

    @Option(names = "--require-signature", description = "fail (exit code 6) unless every archive has a TRUSTED signature")
    boolean requireSignature;

    @Override
    public Integer call() throws IOException, UserError {
        Verifier verifier = new Verifier(VerifyOptions.defaults().withTrust(trust()));
        List<ArchiveReport> reports = new ArrayList<>();
        for (Path archive : archives) {
            ArchiveReport report = verifier.verify(archive);
            new ReportText(System.out).print(report);
            reports.add(report);
        }
        VerificationReport report = VerificationReport.of(CapsuleVersion.current(), reports);
        if (json != null) {
            byte[] bytes = ReportJson.write(report);
            AtomicFileWriter.write(json, true, out -> out.write(bytes));
        }
        PrintStream out = System.out;
        if (reports.size() > 1) {
            out.println("overall verdict: " + report.verdict());
        }
        int verdictCode = report.verdict().exitCode(exact);
        if (verdictCode == ExitCodes.OK && requireSignature && !everyArchiveTrustedlySigned(reports)) {
            out.println("--require-signature: some archive has no TRUSTED signature");
            return ExitCodes.NOT_SIGNED_BY_TRUSTED_KEY;
        }
        return verdictCode;
    }

    private static boolean everyArchiveTrustedlySigned(List<ArchiveReport> reports) {
        return reports.stream().allMatch(r -> r.signatures().stream().anyMatch(s -> s.status().isTrusted()));
    }

    private TrustAnchors trust() throws IOException, UserError {
        List<NamedBytes> keys = new ArrayList<>();
        for (Path file : trustedKeys) {
            keys.add(NamedBytes.read(file));
        }
        List<NamedBytes> authorities = new ArrayList<>();
        for (Path file : trustedAuthorities) {
            authorities.add(NamedBytes.read(file));
        }
        try {
            return TrustAnchors.load(keys, authorities);
        } catch (SigningException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
