import { createDrawCurvedEdgeLabel, createEdgeCurveProgram } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  getAttributesItemsCount,
  type EdgeProgramType,
  type InstancedProgramDefinition,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

// @sigma/edge-curve draws curved, arrowed edges (so parallel facts between two entities stay apart) but has
// no dashes. This subclass adds one float attribute, `a_dashed`, and cuts dashes in the fragment shader by the
// distance from the source, which is near enough to the arc length on these gentle curves. Picking ignores
// the dashes, so a dashed edge is as easy to click as a solid one.
const curveOptions = {
  curvatureAttribute: 'curvature',
  defaultCurvature: 0.12,
  arrowHead: { ...DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 },
};
const Curved = createEdgeCurveProgram({
  ...curveOptions,
  drawLabel: createDrawCurvedEdgeLabel({ ...curveOptions, keepLabelUpright: true }),
});

const DASH_PERIOD = 12.0;
const DASH_ON = 7.0;

function patchVertex(source: string): string {
  return source
    .replace('attribute float a_curvature;', 'attribute float a_curvature;\nattribute float a_dashed;\nvarying float v_dashed;')
    .replace('#ifdef PICKING_MODE', 'v_dashed = a_dashed;\n  #ifdef PICKING_MODE');
}

function patchFragment(source: string): string {
  return source.replace('varying vec4 v_color;', 'varying vec4 v_color;\nvarying float v_dashed;').replace(
    'float halfThickness = thickness / 2.0;',
    `float halfThickness = thickness / 2.0;
  #ifndef PICKING_MODE
  if (v_dashed > 0.5 && mod(length(gl_FragCoord.xy - v_cpA), ${DASH_PERIOD.toFixed(1)}) > ${DASH_ON.toFixed(1)}) halfThickness = 0.0;
  #endif`,
  );
}

// The base program's per-edge floats: a_dashed goes right after them. Counted once, on first use (the base
// constructor calls getDefinition before any field of this subclass exists, so no instance field can hold it).
let baseItems = -1;

// The members of the base program this subclass uses (its public type hides them behind EdgeProgramType).
interface CurveProgram {
  array: Float32Array;
  getDefinition(): InstancedProgramDefinition;
  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void;
}

class DashedCurveProgram extends (Curved as unknown as new (...args: unknown[]) => CurveProgram) {
  getDefinition() {
    const definition = super.getDefinition();
    if (baseItems < 0) baseItems = getAttributesItemsCount(definition.ATTRIBUTES);
    return {
      ...definition,
      VERTEX_SHADER_SOURCE: patchVertex(definition.VERTEX_SHADER_SOURCE),
      FRAGMENT_SHADER_SOURCE: patchFragment(definition.FRAGMENT_SHADER_SOURCE),
      ATTRIBUTES: [...definition.ATTRIBUTES, { name: 'a_dashed', size: 1, type: WebGLRenderingContext.FLOAT }],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData & { dashed?: number },
  ) {
    super.processVisibleItem(edgeIndex, startIndex, source, target, data);
    this.array[startIndex + baseItems] = data.dashed ? 1 : 0;
  }
}

/** Curved, arrowed edges with labels along the curve, dashed where the `dashed` attribute is 1. */
export const EdgeDashedCurveProgram = DashedCurveProgram as unknown as EdgeProgramType<Attributes, Attributes, Attributes>;
