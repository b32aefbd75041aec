package io.sekisho.netmap.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.drawio.DrawioWriter;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.render.MapPictures;
import io.sekisho.netmap.render.MapScene;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc netmap export FILE.sekisho --format png|svg|drawio --out OUT: the map as saved (what has no place yet is
 * laid out for the picture only; the facility file is not changed), with the analysis results as badges. The output
 * is written to a temporary file beside it and renamed, so a failed export leaves no half file.
 */
@Command(name = "export")
final class ExportSubcommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Option(names = "--format", paramLabel = "png|svg|drawio", required = true)
	private String format;

	@Option(names = "--out", paramLabel = "OUT", required = true)
	private Path out;

	@Override
	public int run(CommandIO io) throws CommandException {
		if (!List.of("png", "svg", "drawio").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new CommandException(NLS.bind(Messages.Cli_badFormat, format), ExitCode.USAGE);
		}
		SekishoResource resource = FacilityFile.load(file);
		FacilityWorkbook workbook = resource.workbook();
		// a copy of the saved diagram (or a new one): laying out for the picture never changes the file
		Diagram diagram = Diagrams.find(resource).map(org.eclipse.emf.ecore.util.EcoreUtil::copy).orElseGet(() -> Diagrams.create(workbook));
		Path absolute = out.toAbsolutePath();
		Path temp = null;
		try {
			Files.createDirectories(absolute.getParent());
			temp = Files.createTempFile(absolute.getParent(), ".netmap-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			if ("drawio".equals(format)) { //$NON-NLS-1$
				try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
					DrawioWriter.write(workbook, diagram, w);
				}
			} else {
				MapScene scene = MapScene.of(workbook, diagram, NetworkAnalysis.fromPlatform().run(workbook));
				if ("png".equals(format)) { //$NON-NLS-1$
					try (OutputStream o = Files.newOutputStream(temp)) {
						MapPictures.png(scene, o);
					}
				} else {
					try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
						MapPictures.svg(scene, w);
					}
				}
			}
			Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, out, e.getMessage()), e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// best effort
				}
			}
		}
		io.err().println(NLS.bind(Messages.Cli_exported, out));
		return ExitCode.OK;
	}
}
