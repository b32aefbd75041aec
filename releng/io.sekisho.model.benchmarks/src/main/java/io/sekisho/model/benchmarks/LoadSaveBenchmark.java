package io.sekisho.model.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.model.validation.WorkbookValidation;

/**
 * Load and (atomic) save of a .sekisho file with 10,000 devices, plus validation of it: what a user waits for when
 * opening, saving or checking a large facility.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadSaveBenchmark {

	@Param("10000")
	int devices;

	private Path dir;
	private Path file;
	private Path saveTarget;
	private SekishoResource loaded;
	private WorkbookValidation validation;

	@Setup(Level.Trial)
	public void writeTheFile() throws IOException {
		dir = Files.createTempDirectory("sekisho-bench");
		file = dir.resolve("large.sekisho");
		saveTarget = dir.resolve("saved.sekisho");
		FacilityWorkbook workbook = LargeWorkbook.build(devices);
		SekishoFiles.save(workbook, file);
		loaded = SekishoFiles.load(file);
		loaded.setURI(SekishoFiles.uriOf(saveTarget));
		validation = new WorkbookValidation();
		System.out.printf("%n[bench] %d devices, file size %,d bytes%n", devices, Files.size(file));
	}

	@TearDown(Level.Trial)
	public void deleteTheFiles() throws IOException {
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	@Benchmark
	public FacilityWorkbook load() throws IOException {
		return SekishoFiles.load(file).workbook();
	}

	/** Atomic save: temp file, fsync, .bak copy, rename. */
	@Benchmark
	public SekishoResource save() throws IOException {
		loaded.save(Map.of());
		return loaded;
	}

	@Benchmark
	public int validate() {
		return validation.validate(loaded.workbook()).size();
	}
}
