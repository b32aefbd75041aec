package io.sekisho.netmap.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleRegistry;
import io.sekisho.netmap.internal.rules.BuiltInRules;
import io.sekisho.netmap.internal.synthetic.SyntheticHospital;
import io.sekisho.netmap.layout.MapLayout;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.render.MapPictures;
import io.sekisho.netmap.render.MapScene;

/**
 * The anchors: layout of 2,000 devices under 2 s, analysis of 5,000 devices under 200 ms, PNG of 2,000
 * devices under 1 s. The facilities are synthetic hospitals of that size (SyntheticHospital: zones with a core
 * switch, floor switches with 30 to 40 clients, vendor VPNs, a firewall).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NetmapBenchmark {

	private FacilityWorkbook layoutFacility;
	private FacilityWorkbook analysisFacility;
	private NetworkAnalysis analysis;
	private MapScene scene2000;

	@Setup(Level.Trial)
	public void build() {
		layoutFacility = SyntheticHospital.of(2000);
		analysisFacility = SyntheticHospital.of(5000);
		analysis = new NetworkAnalysis(RuleRegistry.of(BuiltInRules.descriptors()));
		Diagram diagram = Diagrams.create(layoutFacility);
		new MapLayout(layoutFacility, diagram).run(null);
		scene2000 = MapScene.of(layoutFacility, diagram, analysis.run(layoutFacility));
	}

	/** Everything from nothing placed to every figure placed (a fresh diagram each time). */
	@Benchmark
	public MapLayout.Result layout2000() {
		return new MapLayout(layoutFacility, Diagrams.create(layoutFacility)).run(null);
	}

	/** All shipped rules, the graph built from the model included. */
	@Benchmark
	public AnalysisReport analyse5000() {
		return analysis.run(analysisFacility);
	}

	/** Painting the laid-out map and encoding it as PNG. */
	@Benchmark
	public int png2000() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
		MapPictures.png(scene2000, out);
		return out.size();
	}
}
