package hep.capsule.internal.cli;

import hep.capsule.internal.signatures.Passphrase;
import hep.capsule.internal.signatures.SigningException;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a passphrase comes from, never the command line: the {@code CAPSULE_PASSPHRASE} environment variable, a file
 * (its first line), or a prompt on the terminal.
 */
final class PassphraseOption {
    static final String ENVIRONMENT = "CAPSULE_PASSPHRASE";

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description =
                    "read the key's passphrase from the first line of FILE (else $" + ENVIRONMENT + ", else a prompt)")
    Path file;

    Passphrase source(String prompt) {
        return () -> read(prompt);
    }

    private char[] read(String prompt) throws SigningException {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.lines().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw new SigningException("cannot read the passphrase file " + file);
            }
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SigningException("a passphrase is needed: set " + ENVIRONMENT
                    + " or give --passphrase-file (there is no terminal to ask on)");
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null) {
            throw new SigningException("no passphrase was typed");
        }
        return typed;
    }
}
