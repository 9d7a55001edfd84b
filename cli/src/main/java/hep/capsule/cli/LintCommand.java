package hep.capsule.cli;

import hep.capsule.schema.DescriptorException;
import hep.capsule.schema.DescriptorLoader;
import hep.capsule.schema.LoadedDescriptor;
import hep.capsule.schema.slha.SignalModelLint;
import hep.capsule.schema.slha.SlhaProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the files a descriptor attaches before packing them: every SLHA signal_model card must be readable and hold numbers, not a template's placeholders.")
final class LintCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESCRIPTOR", description = "the capsule.yaml")
    Path descriptor;

    @Mixin
    DescriptorSizeOption descriptorSize;

    @Override
    public Integer call() throws IOException, UserError {
        LoadedDescriptor loaded;
        try {
            loaded = new DescriptorLoader(descriptorSize.limits()).load(descriptor);
        } catch (DescriptorException e) {
            throw new UserError(e.getMessage(), e);
        }
        List<SlhaProblem> errors = SignalModelLint.check(loaded.descriptor(), descriptor.toAbsolutePath().getParent());
        errors.forEach(System.out::println);
        if (errors.isEmpty()) {
            System.out.println(descriptor + ": no lint errors");
            return ExitCodes.OK;
        }
        System.err.println("capsule: " + errors.size() + " lint error(s) in the signal-model files of " + descriptor);
        return ExitCodes.LINT_ERRORS;
    }
}
