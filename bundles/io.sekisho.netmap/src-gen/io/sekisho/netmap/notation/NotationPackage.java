/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.netmap.notation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The network map's notation: where the zones, devices, links and external connections of a facility are drawn. A second root of the .sekisho resource; it refers to facility elements by their id string only, so the facility model holds no pixels and a figure holds no data of its own.
 * <!-- end-model-doc -->
 * @see io.sekisho.netmap.notation.NotationFactory
 * @model kind="package"
 * @generated
 */
public interface NotationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "notation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sekisho.io/netmap/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "netmap";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NotationPackage eINSTANCE = io.sekisho.netmap.notation.impl.NotationPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.sekisho.netmap.notation.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.netmap.notation.impl.DiagramImpl
	 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 0;

	/**
	 * The feature id for the '<em><b>Workbook Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__WORKBOOK_ID = 0;

	/**
	 * The feature id for the '<em><b>Viewport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__VIEWPORT = 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = 2;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 3;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.netmap.notation.impl.ViewportImpl <em>Viewport</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.netmap.notation.impl.ViewportImpl
	 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getViewport()
	 * @generated
	 */
	int VIEWPORT = 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPORT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPORT__Y = 1;

	/**
	 * The feature id for the '<em><b>Zoom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPORT__ZOOM = 2;

	/**
	 * The number of structural features of the '<em>Viewport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPORT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Viewport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.netmap.notation.impl.NodeFigureImpl <em>Node Figure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.netmap.notation.impl.NodeFigureImpl
	 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getNodeFigure()
	 * @generated
	 */
	int NODE_FIGURE = 2;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__ELEMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__PINNED = 5;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE__COLLAPSED = 6;

	/**
	 * The number of structural features of the '<em>Node Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Node Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FIGURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.netmap.notation.impl.EdgeFigureImpl <em>Edge Figure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.netmap.notation.impl.EdgeFigureImpl
	 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getEdgeFigure()
	 * @generated
	 */
	int EDGE_FIGURE = 3;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FIGURE__ELEMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Bend Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FIGURE__BEND_POINTS = 1;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FIGURE__PINNED = 2;

	/**
	 * The number of structural features of the '<em>Edge Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FIGURE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Edge Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FIGURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.netmap.notation.impl.BendPointImpl <em>Bend Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.netmap.notation.impl.BendPointImpl
	 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getBendPoint()
	 * @generated
	 */
	int BEND_POINT = 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bend Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bend Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEND_POINT_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link io.sekisho.netmap.notation.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see io.sekisho.netmap.notation.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.Diagram#getWorkbookId <em>Workbook Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workbook Id</em>'.
	 * @see io.sekisho.netmap.notation.Diagram#getWorkbookId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_WorkbookId();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.netmap.notation.Diagram#getViewport <em>Viewport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Viewport</em>'.
	 * @see io.sekisho.netmap.notation.Diagram#getViewport()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Viewport();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.netmap.notation.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see io.sekisho.netmap.notation.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.netmap.notation.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see io.sekisho.netmap.notation.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link io.sekisho.netmap.notation.Viewport <em>Viewport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewport</em>'.
	 * @see io.sekisho.netmap.notation.Viewport
	 * @generated
	 */
	EClass getViewport();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.Viewport#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.sekisho.netmap.notation.Viewport#getX()
	 * @see #getViewport()
	 * @generated
	 */
	EAttribute getViewport_X();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.Viewport#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.sekisho.netmap.notation.Viewport#getY()
	 * @see #getViewport()
	 * @generated
	 */
	EAttribute getViewport_Y();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.Viewport#getZoom <em>Zoom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zoom</em>'.
	 * @see io.sekisho.netmap.notation.Viewport#getZoom()
	 * @see #getViewport()
	 * @generated
	 */
	EAttribute getViewport_Zoom();

	/**
	 * Returns the meta object for class '{@link io.sekisho.netmap.notation.NodeFigure <em>Node Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Figure</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure
	 * @generated
	 */
	EClass getNodeFigure();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#getElementId()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#getX()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_X();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#getY()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_Y();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#getWidth()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#getHeight()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#isPinned()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.NodeFigure#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see io.sekisho.netmap.notation.NodeFigure#isCollapsed()
	 * @see #getNodeFigure()
	 * @generated
	 */
	EAttribute getNodeFigure_Collapsed();

	/**
	 * Returns the meta object for class '{@link io.sekisho.netmap.notation.EdgeFigure <em>Edge Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Figure</em>'.
	 * @see io.sekisho.netmap.notation.EdgeFigure
	 * @generated
	 */
	EClass getEdgeFigure();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.EdgeFigure#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see io.sekisho.netmap.notation.EdgeFigure#getElementId()
	 * @see #getEdgeFigure()
	 * @generated
	 */
	EAttribute getEdgeFigure_ElementId();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.netmap.notation.EdgeFigure#getBendPoints <em>Bend Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bend Points</em>'.
	 * @see io.sekisho.netmap.notation.EdgeFigure#getBendPoints()
	 * @see #getEdgeFigure()
	 * @generated
	 */
	EReference getEdgeFigure_BendPoints();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.EdgeFigure#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see io.sekisho.netmap.notation.EdgeFigure#isPinned()
	 * @see #getEdgeFigure()
	 * @generated
	 */
	EAttribute getEdgeFigure_Pinned();

	/**
	 * Returns the meta object for class '{@link io.sekisho.netmap.notation.BendPoint <em>Bend Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bend Point</em>'.
	 * @see io.sekisho.netmap.notation.BendPoint
	 * @generated
	 */
	EClass getBendPoint();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.BendPoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.sekisho.netmap.notation.BendPoint#getX()
	 * @see #getBendPoint()
	 * @generated
	 */
	EAttribute getBendPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.netmap.notation.BendPoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.sekisho.netmap.notation.BendPoint#getY()
	 * @see #getBendPoint()
	 * @generated
	 */
	EAttribute getBendPoint_Y();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NotationFactory getNotationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.sekisho.netmap.notation.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.netmap.notation.impl.DiagramImpl
		 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Workbook Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__WORKBOOK_ID = eINSTANCE.getDiagram_WorkbookId();

		/**
		 * The meta object literal for the '<em><b>Viewport</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__VIEWPORT = eINSTANCE.getDiagram_Viewport();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link io.sekisho.netmap.notation.impl.ViewportImpl <em>Viewport</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.netmap.notation.impl.ViewportImpl
		 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getViewport()
		 * @generated
		 */
		EClass VIEWPORT = eINSTANCE.getViewport();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPORT__X = eINSTANCE.getViewport_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPORT__Y = eINSTANCE.getViewport_Y();

		/**
		 * The meta object literal for the '<em><b>Zoom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPORT__ZOOM = eINSTANCE.getViewport_Zoom();

		/**
		 * The meta object literal for the '{@link io.sekisho.netmap.notation.impl.NodeFigureImpl <em>Node Figure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.netmap.notation.impl.NodeFigureImpl
		 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getNodeFigure()
		 * @generated
		 */
		EClass NODE_FIGURE = eINSTANCE.getNodeFigure();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__ELEMENT_ID = eINSTANCE.getNodeFigure_ElementId();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__X = eINSTANCE.getNodeFigure_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__Y = eINSTANCE.getNodeFigure_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__WIDTH = eINSTANCE.getNodeFigure_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__HEIGHT = eINSTANCE.getNodeFigure_Height();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__PINNED = eINSTANCE.getNodeFigure_Pinned();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_FIGURE__COLLAPSED = eINSTANCE.getNodeFigure_Collapsed();

		/**
		 * The meta object literal for the '{@link io.sekisho.netmap.notation.impl.EdgeFigureImpl <em>Edge Figure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.netmap.notation.impl.EdgeFigureImpl
		 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getEdgeFigure()
		 * @generated
		 */
		EClass EDGE_FIGURE = eINSTANCE.getEdgeFigure();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_FIGURE__ELEMENT_ID = eINSTANCE.getEdgeFigure_ElementId();

		/**
		 * The meta object literal for the '<em><b>Bend Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_FIGURE__BEND_POINTS = eINSTANCE.getEdgeFigure_BendPoints();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_FIGURE__PINNED = eINSTANCE.getEdgeFigure_Pinned();

		/**
		 * The meta object literal for the '{@link io.sekisho.netmap.notation.impl.BendPointImpl <em>Bend Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.netmap.notation.impl.BendPointImpl
		 * @see io.sekisho.netmap.notation.impl.NotationPackageImpl#getBendPoint()
		 * @generated
		 */
		EClass BEND_POINT = eINSTANCE.getBendPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEND_POINT__X = eINSTANCE.getBendPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEND_POINT__Y = eINSTANCE.getBendPoint_Y();

	}

} //NotationPackage
