package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Named;
import io.sekisho.model.facility.Zone;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.ui.canvas.Alignment;
import io.sekisho.netmap.ui.canvas.CanvasListener;
import io.sekisho.netmap.ui.canvas.ConnectionFigure;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Figure;
import io.sekisho.netmap.ui.canvas.Glyph;
import io.sekisho.netmap.ui.canvas.Minimap;
import io.sekisho.netmap.ui.canvas.Rect;
import io.sekisho.netmap.ui.canvas.Scene;

/**
 * The network map: a palette of zones, device kinds and external points on the left with the minimap and the
 * legend, the canvas with its tool bar and find field, and the analysis results below. Every edit becomes a
 * command through {@link MapCommands} on the host's stack; the scene follows the model after each command.
 */
public final class NetworkMapView {

	/** Palette entries: what a click on the canvas creates. */
	record Tool(Object kind) {
	}

	private static final Object ZONE_TOOL = "zone"; //$NON-NLS-1$

	private final MapHost host;
	private final MapCommands commands;
	private final MapAnalysis analysis = new MapAnalysis();
	private final Scene scene = new Scene();
	private final MapScene mapScene = new MapScene(scene);
	private final List<Image> images = new ArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final Composite control;
	private DiagramCanvas canvas;
	private Tree palette;
	private Table results;
	private Text find;
	private Label findStatus;
	private List<EObject> clipboard = List.of();
	private List<MapResult> lastResults = List.of();
	private boolean analysisScheduled;
	private int pasteCount;
	private Map<String, Rect> positions = Map.of();
	private Map<String, Rect> unstored = Map.of();
	private Map<String, List<double[]>> routes = Map.of();
	private java.util.Set<String> collapsed = java.util.Set.of();
	private Map<String, Rect> firstLayout = Map.of();
	private Map<String, List<double[]>> firstRoutes = Map.of();
	private boolean firstLayoutDone;
	private boolean viewportStored;
	private final List<java.util.function.Consumer<List<MapResult>>> resultListeners = new ArrayList<>();

	public NetworkMapView(Composite parent, MapHost host) {
		this.host = host;
		this.commands = new MapCommands(host.editingDomain(), host.facility(), host.resource());
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		createToolBar(control);
		SashForm columns = new SashForm(control, SWT.HORIZONTAL);
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm left = new SashForm(columns, SWT.VERTICAL);
		SashForm rows = new SashForm(columns, SWT.VERTICAL);
		canvas = new DiagramCanvas(rows, scene);
		createResults(rows);
		rows.setWeights(78, 22);
		Composite paletteArea = new Composite(left, SWT.NONE);
		GridLayout paletteLayout = new GridLayout(1, false);
		paletteLayout.marginWidth = 2;
		paletteLayout.marginHeight = 2;
		paletteArea.setLayout(paletteLayout);
		createPalette(paletteArea);
		new Minimap(left, canvas);
		org.eclipse.swt.custom.ScrolledComposite legendArea = new org.eclipse.swt.custom.ScrolledComposite(left, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite legend = Legend.create(legendArea, images);
		legendArea.setContent(legend);
		legendArea.setExpandHorizontal(true);
		legendArea.setExpandVertical(true);
		legendArea.setMinSize(legend.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		left.setWeights(55, 20, 25);
		columns.setWeights(18, 82);
		canvas.addCanvasListener(new Requests());
		canvas.addListener(SWT.KeyDown, this::shortcut);
		createContextMenu();
		host.editingDomain().getCommandStack().addCommandStackListener(stackListener);
		control.addListener(SWT.Dispose, e -> {
			host.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
			images.forEach(Image::dispose);
		});
		commands.setPlacement(id -> unstored.get(id));
		commands.setShown(() -> unstored, () -> routes);
		refresh();
		analyzeNow();
		startFirstLayout();
		// show the whole map once the canvas has its real size (restoring the stored viewport when there is one)
		canvas.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
			@Override
			public void handleEvent(Event e) {
				org.eclipse.swt.graphics.Point size = canvas.getSize();
				if (size.x > 200 && size.y > 200) {
					canvas.removeListener(SWT.Resize, this);
					showInitialView();
				}
			}
		});
	}

	private boolean initialViewShown;

	private void showInitialView() {
		Diagram diagram = commands.diagram();
		io.sekisho.netmap.notation.Viewport stored = diagram == null ? null : diagram.getViewport();
		if (stored != null && stored.getZoom() > 0 && (stored.getX() != 0 || stored.getY() != 0 || stored.getZoom() != 1)) {
			canvas.viewport().zoomAt(stored.getZoom(), 0, 0);
			canvas.viewport().setOrigin(stored.getX(), stored.getY());
			canvas.redraw();
			viewportStored = true;
		} else {
			canvas.fit();
		}
		initialViewShown = true;
	}

	/**
	 * Writes the zoom and the top left corner of the view into the diagram, without a command: the editor calls
	 * this just before it saves, so the view is saved with the file but moving around never marks it dirty. A
	 * facility whose map was never stored gets its diagram here.
	 */
	public void storeViewport() {
		if (control.isDisposed() || host.isReadOnly() || !initialViewShown) {
			return;
		}
		Diagram diagram = commands.diagram();
		if (diagram == null) {
			// with the positions shown: a diagram with only a view would make the next opening place everything anew
			diagram = io.sekisho.netmap.Diagrams.create(host.facility());
			commands.materializeInto(diagram);
			host.resource().getContents().add(diagram);
		}
		io.sekisho.netmap.notation.Viewport stored = diagram.getViewport();
		if (stored == null) {
			stored = io.sekisho.netmap.notation.NotationFactory.eINSTANCE.createViewport();
			diagram.setViewport(stored);
		}
		int x = (int) Math.round(canvas.viewport().originX());
		int y = (int) Math.round(canvas.viewport().originY());
		double zoom = canvas.viewport().zoom();
		if (stored.getX() != x) {
			stored.setX(x);
		}
		if (stored.getY() != y) {
			stored.setY(y);
		}
		if (stored.getZoom() != zoom) {
			stored.setZoom(zoom);
		}
	}

	/** Whether the first view of the map (all of it, or the stored viewport) is on screen. */
	public boolean initialViewShown() {
		return initialViewShown;
	}

	public Composite control() {
		return control;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	public MapScene mapScene() {
		return mapScene;
	}

	public Table results() {
		return results;
	}

	public Tree palette() {
		return palette;
	}

	public Text findField() {
		return find;
	}

	// ---- model to scene ----

	private void commandStackChanged(EventObject event) {
		if (control.isDisposed()) {
			return;
		}
		refresh();
		scheduleAnalysis();
	}

	/**
	 * Where every element is drawn: the diagram's position; else, on a map never stored, where the first ELK
	 * layout put it; else the quick placement's. Such positions are not stored (opening a map changes nothing in
	 * the file); moving an element stores it.
	 */
	private void computePositions() {
		Diagram diagram = commands.diagram();
		Map<String, Rect> known = new java.util.HashMap<>();
		Map<String, List<double[]>> lines = new java.util.HashMap<>();
		java.util.Set<String> closed = new java.util.HashSet<>();
		if (diagram != null) {
			diagram.getNodes().forEach(n -> known.putIfAbsent(n.getElementId(), MapScene.bounds(n)));
			diagram.getNodes().stream().filter(io.sekisho.netmap.notation.NodeFigure::isCollapsed).forEach(n -> closed.add(n.getElementId()));
			diagram.getEdges().forEach(e -> lines.putIfAbsent(e.getElementId(), MapScene.bendPoints(e)));
		}
		collapsed = closed;
		Map<String, Rect> placedOnly = new java.util.HashMap<>();
		firstLayout.forEach((id, r) -> {
			if (!known.containsKey(id)) {
				placedOnly.put(id, r);
			}
		});
		Map<String, Rect> all = new java.util.HashMap<>(known);
		all.putAll(placedOnly);
		AutoPlacement.Result placement = new AutoPlacement().place(host.facility(), all);
		placedOnly.putAll(placement.added());
		all.putAll(placement.added());
		all.putAll(placement.grown());
		// a first-layout route holds only while both ends are still where that layout put them
		firstRoutes.forEach((id, route) -> {
			if (!lines.containsKey(id) && bothEndsUnstored(id, known)) {
				lines.put(id, route);
			}
		});
		positions = all;
		unstored = placedOnly;
		routes = lines;
	}

	private boolean bothEndsUnstored(String edgeId, Map<String, Rect> stored) {
		io.sekisho.model.facility.Identified edge = io.sekisho.netmap.MapElements.of(host.facility()).edge(edgeId);
		if (edge instanceof io.sekisho.model.facility.Link link) {
			return link.getSource() != null && !stored.containsKey(link.getSource().getId())
					&& (link.getTargetDevice() == null || !stored.containsKey(link.getTargetDevice().getId()));
		}
		if (edge instanceof ExternalConnection connection) {
			return !stored.containsKey(connection.getId())
					&& (connection.getGateway() == null || !stored.containsKey(connection.getGateway().getId()));
		}
		return false;
	}

	/** On a map without stored positions, lays it out with ELK in the background once; shown, not stored. */
	private void startFirstLayout() {
		Diagram diagram = commands.diagram();
		if ((diagram != null && !diagram.getNodes().isEmpty()) || io.sekisho.netmap.MapElements.of(host.facility()).nodes().isEmpty()) {
			firstLayoutDone = true;
			return;
		}
		Diagram scratch = io.sekisho.netmap.Diagrams.create(host.facility());
		Runnable changed = () -> firstLayoutDone = true;
		LayoutJob job = new LayoutJob(host.facility(), scratch, Display.getCurrent(), laidOut -> {
			if (control.isDisposed()) {
				return;
			}
			Map<String, Rect> nodes = new java.util.HashMap<>();
			laidOut.getNodes().forEach(n -> nodes.put(n.getElementId(), MapScene.bounds(n)));
			Map<String, List<double[]>> lines = new java.util.HashMap<>();
			laidOut.getEdges().forEach(e -> lines.put(e.getElementId(), MapScene.bendPoints(e)));
			firstLayout = nodes;
			firstRoutes = lines;
			refresh();
			if (initialViewShown && !viewportStored) {
				canvas.fit();
			}
			changed.run();
		});
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (!event.getResult().isOK() && !control.isDisposed()) {
					control.getDisplay().asyncExec(changed);
				}
			}
		});
		job.schedule();
	}

	/** Bounds by element id of everything drawn (stored or laid out), as a picture or export needs them. */
	public Map<String, Rect> positions() {
		return positions;
	}

	public Map<String, List<double[]>> routes() {
		return routes;
	}

	/** Whether the first layout of a map without stored positions has finished (or was not needed). */
	public boolean firstLayoutDone() {
		return firstLayoutDone;
	}

	/** Lays the map out again with ELK (figures the user placed stay) and stores the result as one command. */
	public LayoutJob layout() {
		Diagram diagram = commands.diagram();
		Diagram copy = diagram == null ? io.sekisho.netmap.Diagrams.create(host.facility()) : org.eclipse.emf.ecore.util.EcoreUtil.copy(diagram);
		Object undoBefore = host.editingDomain().getCommandStack().getUndoCommand();
		LayoutJob job = new LayoutJob(host.facility(), copy, Display.getCurrent(), laidOut -> {
			if (control.isDisposed()) {
				return;
			}
			if (host.editingDomain().getCommandStack().getUndoCommand() != undoBefore) {
				org.eclipse.jface.dialogs.MessageDialog.openInformation(host.shell(), Messages.Tool_layout, Messages.Layout_changed);
				return;
			}
			run(commands.applyLayout(laidOut));
			canvas.fit();
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The number of elements drawn where the automatic placement put them (no stored position yet). */
	public int unstoredCount() {
		return unstored.size();
	}

	private void refresh() {
		computePositions();
		mapScene.refresh(host.facility(), positions, routes, collapsed, lastResults);
		canvas.pruneSelection();
	}

	private void scheduleAnalysis() {
		if (analysisScheduled) {
			return;
		}
		analysisScheduled = true;
		// analysis reads the whole facility: once per burst of edits, shortly after the last one
		Display.getCurrent().timerExec(250, () -> {
			analysisScheduled = false;
			if (!control.isDisposed()) {
				analyzeNow();
			}
		});
	}

	/** Runs the analysis and shows its results as badges, in the results table and as markers. */
	public void analyzeNow() {
		lastResults = analysis.analyze(host.facility());
		refresh();
		fillResults();
		resultListeners.forEach(l -> l.accept(lastResults));
	}

	/** Runs {@code listener} with the results after every analysis (the page writes markers from them). */
	public void addResultListener(java.util.function.Consumer<List<MapResult>> listener) {
		resultListeners.add(listener);
		listener.accept(lastResults);
	}

	public List<MapResult> lastResults() {
		return lastResults;
	}

	// ---- tool bar, palette, results ----

	private void createToolBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(4, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		item(tools, Messages.Tool_zoomOut, Messages.Tip_zoomOut, () -> canvas.zoomBy(0.8));
		item(tools, Messages.Tool_zoomIn, Messages.Tip_zoomIn, () -> canvas.zoomBy(1.25));
		item(tools, Messages.Tool_fit, Messages.Tip_fit, () -> canvas.fit());
		item(tools, Messages.Tool_actualSize, Messages.Tip_actualSize, () -> canvas.setZoom(1));
		new ToolItem(tools, SWT.SEPARATOR);
		ToolItem align = new ToolItem(tools, SWT.DROP_DOWN);
		align.setText(Messages.Tool_align);
		align.setToolTipText(Messages.Tip_align);
		align.addListener(SWT.Selection, e -> {
			MenuManager manager = new MenuManager();
			fillAlignMenu(manager);
			Menu menu = manager.createContextMenu(tools);
			org.eclipse.swt.graphics.Rectangle r = align.getBounds();
			menu.setLocation(tools.toDisplay(r.x, r.y + r.height));
			menu.setVisible(true);
		});
		item(tools, Messages.Tool_connect, Messages.Tip_connect, this::connectSelected);
		item(tools, Messages.Tool_delete, Messages.Tip_delete, this::deleteSelected);
		new ToolItem(tools, SWT.SEPARATOR);
		item(tools, Messages.Tool_layout, Messages.Tip_layout, this::layout);
		item(tools, Messages.Tool_export, Messages.Tip_export, () -> MapExport.export(host.shell(), host.facility(), positions, routes));
		item(tools, Messages.Tool_import, Messages.Tip_import, () -> {
			if (!host.isReadOnly()) {
				MapImport.run(host);
			}
		});
		Label spacer = new Label(bar, SWT.NONE);
		spacer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		find = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		find.setMessage(Messages.Find_hint);
		GridData findData = new GridData(SWT.END, SWT.CENTER, false, false);
		findData.widthHint = 240;
		find.setLayoutData(findData);
		find.addListener(SWT.Modify, e -> findNext(false));
		find.addListener(SWT.DefaultSelection, e -> findNext(true));
		find.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				canvas.setFocus();
			}
		});
		findStatus = new Label(bar, SWT.NONE);
		GridData statusData = new GridData(SWT.END, SWT.CENTER, false, false);
		statusData.widthHint = 90;
		findStatus.setLayoutData(statusData);
	}

	private static void item(ToolBar bar, String text, String tooltip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private void createPalette(Composite parent) {
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.Palette_title);
		palette = new Tree(parent, SWT.SINGLE | SWT.BORDER);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TreeItem zones = group(Messages.Palette_zones);
		entry(zones, Messages.Palette_zone, null, new Tool(ZONE_TOOL));
		TreeItem devices = group(Messages.Palette_devices);
		for (DeviceKind kind : DeviceKind.values()) {
			entry(devices, kind.label(), Glyphs.of(kind), new Tool(kind));
		}
		addCatalog();
		TreeItem external = group(Messages.Palette_external);
		for (ExternalKind kind : ExternalKind.values()) {
			entry(external, kind.label(), Glyphs.of(kind), new Tool(kind));
		}
		for (TreeItem item : palette.getItems()) {
			item.setExpanded(true);
		}
		palette.setToolTipText(Messages.Palette_tooltip);
		palette.addListener(SWT.Selection, e -> {
			Object data = e.item == null ? null : e.item.getData();
			canvas.armTool(data instanceof Tool tool ? tool : null);
		});
		// Enter (or a double-click) creates the entry in the middle of the view: the palette without a mouse
		palette.addListener(SWT.DefaultSelection, e -> {
			Object data = e.item == null ? null : e.item.getData();
			if (data instanceof Tool tool) {
				canvas.armTool(null);
				double[] c = canvas.centerModelPoint();
				ContainerFigure container = scene.containerAt(c[0], c[1], List.of());
				create(tool, c[0], c[1], container);
				canvas.setFocus();
			}
		});
	}

	/** The products of the device catalog (io.sekisho.catalog), by manufacturer: a device of that model. */
	private void addCatalog() {
		List<io.sekisho.catalog.CatalogEntry> entries;
		try {
			entries = io.sekisho.catalog.DeviceCatalog.fromPlatform().all();
		} catch (RuntimeException e) {
			org.eclipse.core.runtime.ILog.of(NetworkMapView.class).error(e.getMessage(), e);
			return; // a broken catalog leaves the palette with the kinds
		}
		if (entries.isEmpty()) {
			return;
		}
		Locale locale = Locale.getDefault();
		TreeItem catalog = group(Messages.Palette_catalog);
		Map<String, TreeItem> vendors = new java.util.TreeMap<>();
		List<io.sekisho.catalog.CatalogEntry> sorted = new ArrayList<>(entries);
		sorted.sort(java.util.Comparator.comparing((io.sekisho.catalog.CatalogEntry e) -> e.vendorName(locale))
				.thenComparing(e -> e.modelName(locale)));
		for (io.sekisho.catalog.CatalogEntry entry : sorted) {
			TreeItem vendor = vendors.computeIfAbsent(entry.vendorName(locale), name -> {
				TreeItem item = new TreeItem(catalog, SWT.NONE);
				item.setText(name);
				return item;
			});
			DeviceKind kind = DeviceKind.of(entry.category(), entry.networkType());
			entry(vendor, entry.modelName(locale), Glyphs.of(kind), new Tool(entry));
		}
	}

	private TreeItem group(String text) {
		TreeItem item = new TreeItem(palette, SWT.NONE);
		item.setText(text);
		return item;
	}

	private void entry(TreeItem group, String text, Glyph glyph, Tool tool) {
		TreeItem item = new TreeItem(group, SWT.NONE);
		item.setText(text);
		item.setData(tool);
		item.setImage(glyph == null ? Legend.zoneImage(images) : Legend.image(glyph, images));
	}

	private void createResults(Composite parent) {
		results = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		results.setHeaderVisible(true);
		column(Messages.Results_severity, 90);
		column(Messages.Results_rule, 260);
		column(Messages.Results_elements, 220);
		column(Messages.Results_message, 700);
		results.addListener(SWT.Selection, e -> {
			MapResult result = e.item == null ? null : (MapResult) e.item.getData();
			mapScene.highlight(result);
			if (result != null) {
				List<Figure> figures = new ArrayList<>();
				for (EObject element : result.elements()) {
					Figure figure = mapScene.drawnFigureOf(element);
					if (figure != null && !figures.contains(figure)) {
						figures.add(figure);
					}
				}
				if (!figures.isEmpty()) {
					canvas.select(figures);
					canvas.reveal(figures.get(0));
				}
			}
		});
		results.addListener(SWT.DefaultSelection, e -> canvas.setFocus());
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(results, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private void fillResults() {
		results.setRedraw(false);
		try {
			results.removeAll();
			List<MapResult> sorted = new ArrayList<>(lastResults);
			sorted.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
			for (MapResult result : sorted) {
				TableItem item = new TableItem(results, SWT.NONE);
				item.setData(result);
				item.setText(0, result.severity() >= Diagnostic.ERROR ? Messages.Severity_error
						: result.severity() >= Diagnostic.WARNING ? Messages.Severity_warning : Messages.Severity_info);
				item.setImage(0, Legend.severityImage(result.severity(), images));
				item.setText(1, result.ruleName());
				item.setText(2, String.join(result.path().isEmpty() ? Messages.ListSeparator : Messages.PathSeparator,
						result.elements().stream().map(NetworkMapView::nameOf).toList()));
				item.setText(3, result.message());
			}
		} finally {
			results.setRedraw(true);
		}
	}

	static String nameOf(EObject element) {
		if (element instanceof io.sekisho.model.facility.Link link) {
			String source = link.getSource() == null ? "" : nameOf(link.getSource()); //$NON-NLS-1$
			EObject target = link.getTargetDevice() != null ? link.getTargetDevice() : link.getTargetZone();
			return NLS.bind(Messages.Link_name, source, target == null ? "" : nameOf(target)); //$NON-NLS-1$
		}
		return element instanceof Named named && named.getName() != null ? named.getName() : Messages.label("Element_" + element.eClass().getName()); //$NON-NLS-1$
	}

	// ---- find ----

	private void findNext(boolean advance) {
		String query = find.getText().trim().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			findStatus.setText(""); //$NON-NLS-1$
			return;
		}
		List<Figure> matches = new ArrayList<>();
		for (Figure figure : scene.figures()) {
			EObject element = MapScene.elementOf(figure);
			if (!(figure instanceof ConnectionFigure) && matches(element, query)) {
				matches.add(figure);
			}
		}
		matches.sort((a, b) -> a.bounds().y() != b.bounds().y() ? Double.compare(a.bounds().y(), b.bounds().y())
				: Double.compare(a.bounds().x(), b.bounds().x()));
		if (matches.isEmpty()) {
			findStatus.setText(Messages.Find_none);
			return;
		}
		int current = matches.indexOf(canvas.primary());
		int next = current < 0 ? 0 : advance ? (current + 1) % matches.size() : current;
		Figure figure = matches.get(next);
		canvas.select(List.of(figure));
		canvas.reveal(figure);
		findStatus.setText(NLS.bind(Messages.Find_status, next + 1, matches.size()));
	}

	private static boolean matches(EObject element, String query) {
		if (element instanceof Named named && named.getName() != null && named.getName().toLowerCase(Locale.ROOT).contains(query)) {
			return true;
		}
		if (element instanceof Device device) {
			for (String address : device.getIpAddresses()) {
				if (address != null && address.toLowerCase(Locale.ROOT).contains(query)) {
					return true;
				}
			}
		}
		return false;
	}

	// ---- requests from the canvas ----

	private final class Requests implements CanvasListener {

		@Override
		public void selectionChanged(List<Figure> selection) {
			List<EObject> elements = new ArrayList<>();
			for (Figure figure : selection) {
				EObject element = MapScene.elementOf(figure);
				if (element != null && !elements.contains(element)) {
					elements.add(element);
				}
			}
			host.setSelection(new StructuredSelection(elements));
		}

		@Override
		public void moveRequested(List<Figure> figures, double dx, double dy, boolean reparent, ContainerFigure newParent) {
			List<EObject> elements = figures.stream().map(MapScene::elementOf).toList();
			Zone zone = newParent == null ? null : (Zone) newParent.element();
			run(commands.move(elements, dx, dy, reparent, zone));
		}

		@Override
		public void resizeRequested(Figure figure, Rect bounds) {
			run(commands.setBounds(Map.of(MapScene.elementOf(figure), bounds), Messages.Command_resize));
		}

		@Override
		public void connectRequested(Figure source, Figure target) {
			connect(MapScene.elementOf(source), MapScene.elementOf(target));
		}

		@Override
		public void reconnectRequested(ConnectionFigure connection, boolean sourceEnd, Figure newEnd) {
			Command command = commands.reconnect(connection.element(), sourceEnd, MapScene.elementOf(newEnd));
			if (command == null) {
				Display.getCurrent().beep();
			} else {
				run(command);
			}
		}

		@Override
		public void deleteRequested(List<Figure> figures) {
			deleteSelected();
		}

		@Override
		public void bendPointsRequested(ConnectionFigure connection, List<double[]> bendPoints, BendEdit edit) {
			String label = switch (edit) {
			case ADD -> Messages.Command_bendAdd;
			case MOVE -> Messages.Command_bendMove;
			case REMOVE -> bendPoints.isEmpty() && connection.bendPoints().size() > 1 ? Messages.Command_bendClear : Messages.Command_bendRemove;
			};
			run(commands.setBendPoints(connection.element(), bendPoints, label));
		}

		@Override
		public void createRequested(Object tool, double x, double y, ContainerFigure container) {
			create((Tool) tool, x, y, container);
			palette.deselectAll();
		}

		@Override
		public void openRequested(Figure figure) {
			host.setSelection(new StructuredSelection(MapScene.elementOf(figure)));
			PropertiesView.show();
		}
	}

	private void create(Tool tool, double x, double y, ContainerFigure container) {
		if (host.isReadOnly()) {
			return;
		}
		Zone zone = container == null ? null : (Zone) container.element();
		MapCommands.Created created;
		if (tool.kind() == ZONE_TOOL) {
			created = commands.createZone(x, y);
		} else if (tool.kind() instanceof DeviceKind kind) {
			created = commands.createDevice(kind, x, y, zone);
		} else if (tool.kind() instanceof io.sekisho.catalog.CatalogEntry entry) {
			created = commands.createDevice(entry, x, y, zone);
		} else {
			created = commands.createExternal((ExternalKind) tool.kind(), x, y, zone);
		}
		run(created.command());
		selectElements(List.of(created.element()));
	}

	private void connect(EObject a, EObject b) {
		MapCommands.Created created = commands.connect(a, b);
		if (created == null) {
			Display.getCurrent().beep();
			return;
		}
		run(created.command());
		selectElements(List.of(created.element() instanceof ExternalConnection c ? new MapScene.GatewayLine(c) : created.element()));
	}

	private void connectSelected() {
		List<Figure> selection = canvas.selection().stream().filter(Figure::connectable).toList();
		if (selection.size() == 2) {
			connect(MapScene.elementOf(selection.get(0)), MapScene.elementOf(selection.get(1)));
		} else {
			Display.getCurrent().beep();
		}
	}

	private void deleteSelected() {
		if (host.isReadOnly() || canvas.selection().isEmpty()) {
			return;
		}
		List<Object> elements = canvas.selection().stream().map(Figure::element).toList();
		run(commands.delete(new ArrayList<>(elements)));
	}

	/** The zones selected on the map. */
	private List<Zone> selectedZones() {
		return canvas.selection().stream().map(Figure::element).filter(Zone.class::isInstance).map(Zone.class::cast).toList();
	}

	/** Closes the selected zones, or opens them when all of them are closed (Space, context menu). */
	public void toggleCollapsed() {
		List<Zone> zones = selectedZones();
		if (zones.isEmpty() || host.isReadOnly()) {
			return;
		}
		boolean allClosed = zones.stream().allMatch(z -> collapsed.contains(z.getId()));
		run(commands.setCollapsed(zones, !allClosed));
		selectElements(zones);
	}

	/** Whether the map draws {@code zone} closed. */
	public boolean isCollapsed(Zone zone) {
		return collapsed.contains(zone.getId());
	}

	private void straightenSelected() {
		Figure primary = canvas.primary();
		if (canvas.selection().size() == 1 && primary instanceof ConnectionFigure line && !line.bendPoints().isEmpty()) {
			run(commands.setBendPoints(line.element(), List.of(), Messages.Command_bendClear));
		}
	}

	private void copySelected() {
		clipboard = canvas.selection().stream().map(Figure::element)
				.filter(e -> e instanceof Device || e instanceof ExternalConnection).map(EObject.class::cast).toList();
		pasteCount = 0;
	}

	private void paste() {
		if (clipboard.isEmpty() || host.isReadOnly()) {
			return;
		}
		pasteCount++;
		MapCommands.Created created = commands.paste(clipboard, 40.0 * pasteCount);
		if (created == null) {
			return;
		}
		int before = host.facility().getDevices().size() + host.facility().getExternalConnections().size();
		run(created.command());
		FacilityWorkbook workbook = host.facility();
		List<Object> pasted = new ArrayList<>();
		List<EObject> all = new ArrayList<>(workbook.getDevices());
		all.addAll(workbook.getExternalConnections());
		int after = all.size();
		// the copies are the last elements the command appended to each list
		int devicesAdded = (int) clipboard.stream().filter(Device.class::isInstance).count();
		int connectionsAdded = (int) clipboard.stream().filter(ExternalConnection.class::isInstance).count();
		if (after - before == devicesAdded + connectionsAdded) {
			pasted.addAll(workbook.getDevices().subList(workbook.getDevices().size() - devicesAdded, workbook.getDevices().size()));
			pasted.addAll(workbook.getExternalConnections().subList(workbook.getExternalConnections().size() - connectionsAdded,
					workbook.getExternalConnections().size()));
		}
		selectElements(pasted);
	}

	private void align(Alignment.Mode mode) {
		List<Figure> selection = canvas.selection().stream().filter(f -> !(f instanceof ConnectionFigure)).toList();
		if (selection.size() < 2) {
			Display.getCurrent().beep();
			return;
		}
		List<Rect> aligned = Alignment.align(selection.stream().map(Figure::bounds).toList(), mode);
		Map<EObject, Rect> bounds = new LinkedHashMap<>();
		for (int i = 0; i < selection.size(); i++) {
			bounds.put(MapScene.elementOf(selection.get(i)), aligned.get(i));
		}
		run(commands.setBounds(bounds, Messages.Command_align));
	}

	private void run(Command command) {
		if (command != null && command.canExecute() && !host.isReadOnly()) {
			host.execute(command);
		}
	}

	/** Selects the figures of {@code elements} on the canvas (after the scene caught up with a command). */
	public void selectElements(List<?> elements) {
		List<Figure> figures = new ArrayList<>();
		for (Object element : elements) {
			Figure figure = scene.figureOf(element);
			if (figure != null) {
				figures.add(figure);
			}
		}
		canvas.select(figures);
		if (!figures.isEmpty()) {
			canvas.reveal(figures.get(0));
		}
	}

	// ---- keyboard and menus ----

	private void shortcut(Event e) {
		if (e.character == ' ' && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
			toggleCollapsed();
			e.doit = false;
			return;
		}
		if ((e.stateMask & SWT.MOD1) == 0) {
			return;
		}
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		switch (e.keyCode) {
		case 'c' -> copySelected();
		case 'v' -> paste();
		case 'f' -> find.setFocus();
		case 'l' -> connectSelected();
		case 'd' -> {
			copySelected();
			paste();
		}
		default -> {
			if (shift) {
				alignShortcut(e.keyCode);
			}
			return;
		}
		}
		e.doit = false;
	}

	private void alignShortcut(int keyCode) {
		switch (keyCode) {
		case SWT.ARROW_LEFT -> align(Alignment.Mode.LEFT);
		case SWT.ARROW_RIGHT -> align(Alignment.Mode.RIGHT);
		case SWT.ARROW_UP -> align(Alignment.Mode.TOP);
		case SWT.ARROW_DOWN -> align(Alignment.Mode.BOTTOM);
		default -> {
		}
		}
	}

	private void createContextMenu() {
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(m -> {
			boolean any = !canvas.selection().isEmpty();
			m.add(action(Messages.Menu_copy + "\tCtrl+C", any, this::copySelected)); //$NON-NLS-1$
			m.add(action(Messages.Menu_paste + "\tCtrl+V", !clipboard.isEmpty(), this::paste)); //$NON-NLS-1$
			m.add(action(Messages.Menu_duplicate + "\tCtrl+D", any, () -> { //$NON-NLS-1$
				copySelected();
				paste();
			}));
			m.add(action(Messages.Menu_delete + "\tDelete", any, this::deleteSelected)); //$NON-NLS-1$
			m.add(new Separator());
			m.add(action(Messages.Menu_connect + "\tCtrl+L", canvas.selection().size() == 2, this::connectSelected)); //$NON-NLS-1$
			List<Zone> zones = selectedZones();
			if (!zones.isEmpty()) {
				boolean allClosed = zones.stream().allMatch(this::isCollapsed);
				m.add(action((allClosed ? Messages.Menu_expand : Messages.Menu_collapse) + "\tSpace", true, this::toggleCollapsed)); //$NON-NLS-1$
			}
			if (canvas.selection().size() == 1 && canvas.primary() instanceof ConnectionFigure line) {
				m.add(action(Messages.Menu_addBend + "\tB", true, canvas::addBendPoint)); //$NON-NLS-1$
				m.add(action(Messages.Menu_removeBend + "\tDelete", canvas.activeBendPoint() >= 0, canvas::removeActiveBendPoint)); //$NON-NLS-1$
				m.add(action(Messages.Menu_straighten, !line.bendPoints().isEmpty(), this::straightenSelected));
			}
			MenuManager alignMenu = new MenuManager(Messages.Tool_align);
			fillAlignMenu(alignMenu);
			m.add(alignMenu);
			m.add(new Separator());
			m.add(action(Messages.Menu_properties + "\tEnter", any, PropertiesView::show)); //$NON-NLS-1$
			m.add(action(Messages.Tip_fit, true, () -> canvas.fit()));
		});
		canvas.setMenu(manager.createContextMenu(canvas));
		control.addListener(SWT.Dispose, e -> manager.dispose());
	}

	private void fillAlignMenu(IMenuManager menu) {
		boolean several = canvas.selection().stream().filter(f -> !(f instanceof ConnectionFigure)).count() >= 2;
		menu.add(action(Messages.Align_left + "\tCtrl+Shift+\u2190", several, () -> align(Alignment.Mode.LEFT))); //$NON-NLS-1$
		menu.add(action(Messages.Align_center, several, () -> align(Alignment.Mode.CENTER)));
		menu.add(action(Messages.Align_right + "\tCtrl+Shift+\u2192", several, () -> align(Alignment.Mode.RIGHT))); //$NON-NLS-1$
		menu.add(action(Messages.Align_top + "\tCtrl+Shift+\u2191", several, () -> align(Alignment.Mode.TOP))); //$NON-NLS-1$
		menu.add(action(Messages.Align_middle, several, () -> align(Alignment.Mode.MIDDLE)));
		menu.add(action(Messages.Align_bottom + "\tCtrl+Shift+\u2193", several, () -> align(Alignment.Mode.BOTTOM))); //$NON-NLS-1$
		menu.add(action(Messages.Align_distributeH, several, () -> align(Alignment.Mode.DISTRIBUTE_HORIZONTALLY)));
		menu.add(action(Messages.Align_distributeV, several, () -> align(Alignment.Mode.DISTRIBUTE_VERTICALLY)));
	}

	private static Action action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** Selects and shows {@code element} when the map draws it. */
	public boolean reveal(EObject element) {
		Figure figure = mapScene.drawnFigureOf(element); // a device in a closed zone: the zone's box
		if (figure == null) {
			return false;
		}
		canvas.select(List.of(figure));
		canvas.reveal(figure);
		canvas.setFocus();
		return true;
	}

	/** Whether the map draws {@code element} (or the closed zone it is in). */
	public boolean shows(EObject element) {
		return mapScene.drawnFigureOf(element) != null;
	}
}
