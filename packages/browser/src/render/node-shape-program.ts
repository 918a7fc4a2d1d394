import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { NODE_SHAPES, type NodeShape } from '../graph/style';

// One point sprite per node; the fragment shader cuts the type's shape out of it with a signed distance
// function, so all six shapes are one draw call (sigma's own programs have one shape each).
// Shape indices follow NODE_SHAPES: circle, square, diamond, triangle, hexagon, star.
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;

uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;

varying vec4 v_color;
varying float v_pixel;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  // One screen pixel in gl_PointCoord units, for antialiasing and the outline.
  v_pixel = (0.5 / a_size) * u_sizeRatio;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying float v_pixel;
varying float v_shape;

// Regular polygon with n sides and circumradius r, a vertex pointing up.
float polygon(vec2 p, float n, float r) {
  float an = 3.14159265 / n;
  float a = atan(p.x, p.y);
  float bn = mod(a + an, 2.0 * an) - an;
  return length(p) * cos(bn) - r * cos(an);
}

// Five-pointed star (after Inigo Quilez's sdStar5).
float star(vec2 p, float r, float rf) {
  const vec2 k1 = vec2(0.809016994375, -0.587785252292);
  const vec2 k2 = vec2(-0.809016994375, -0.587785252292);
  p.x = abs(p.x);
  p -= 2.0 * max(dot(k1, p), 0.0) * k1;
  p -= 2.0 * max(dot(k2, p), 0.0) * k2;
  p.x = abs(p.x);
  p.y -= r;
  vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
  float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, r);
  return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);
}

float shape(vec2 p, float s) {
  if (s < 0.5) return length(p) - 0.5;
  if (s < 1.5) return max(abs(p.x), abs(p.y)) - 0.43;
  if (s < 2.5) return (abs(p.x) + abs(p.y)) * 0.70710678 - 0.3536;
  if (s < 3.5) return polygon(p + vec2(0.0, 0.1), 3.0, 0.5);
  if (s < 4.5) return polygon(p, 6.0, 0.5);
  return star(p + vec2(0.0, 0.04), 0.5, 0.45);
}

void main(void) {
  vec2 p = gl_PointCoord - vec2(0.5);
  p.y = -p.y;
  float d = shape(p, v_shape);
  #ifdef PICKING_MODE
  gl_FragColor = d < 0.0 ? v_color : vec4(0.0);
  #else
  float alpha = clamp(-d / v_pixel, 0.0, 1.0) * v_color.a;
  // A one-pixel white outline keeps touching nodes apart.
  vec3 rgb = mix(vec3(1.0), v_color.rgb, smoothstep(1.0 * v_pixel, 2.2 * v_pixel, -d));
  gl_FragColor = vec4(rgb * alpha, alpha);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_pixelRatio', 'u_matrix'] as const;

/** Sigma node program drawing each node in its type's shape (attribute `shape`, one of NODE_SHAPES). */
export class NodeShapeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    return {
      VERTICES: 1,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.POINTS,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData & { shape?: NodeShape }) {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = Math.max(0, NODE_SHAPES.indexOf(data.shape ?? 'circle'));
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
  }

  setUniforms({ sizeRatio, pixelRatio, matrix }: RenderParams, { gl, uniformLocations }: ProgramInfo) {
    gl.uniform1f(uniformLocations.u_pixelRatio, pixelRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, matrix);
  }
}
