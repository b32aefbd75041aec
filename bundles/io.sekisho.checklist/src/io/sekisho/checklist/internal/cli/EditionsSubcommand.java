package io.sekisho.checklist.internal.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Form;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;

/** sekishoc checklist editions: the installed editions, their forms and how many items and answers each form has. */
@Command(name = "editions")
final class EditionsSubcommand implements SekishocCommand {

	@Override
	public int run(CommandIO io) {
		EditionRegistry registry = EditionRegistry.fromPlatform();
		for (Edition edition : registry.all()) {
			io.out().println(NLS.bind(Messages.Editions_edition, new Object[] { edition.getId(), edition.getFiscalYear(),
					edition.getPublicationDate() == null ? "?" : edition.getPublicationDate(), Editions.title(edition) })); //$NON-NLS-1$
			for (Form form : edition.getForms()) {
				List<Item> items = Editions.items(edition, form.getKind());
				int answers = items.stream().mapToInt(i -> Editions.columnIds(i).size()).sum();
				io.out().println(NLS.bind(Messages.Editions_form, new Object[] { Editions.title(form), form.getKind().getLiteral(), items.size(), answers }));
			}
		}
		registry.problems().forEach(p -> io.err().println(NLS.bind(Messages.Checklist_warning, p)));
		return registry.all().isEmpty() ? ExitCode.PROBLEMS : ExitCode.OK;
	}
}
