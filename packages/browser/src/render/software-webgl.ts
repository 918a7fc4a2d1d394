/**
 * True when WebGL is drawn on the CPU (SwiftShader, llvmpipe: no GPU, or a blocked driver). There every
 * fragment costs CPU time, so the view trades detail for smoothness earlier (see graph-view.ts).
 */
export function isSoftwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return true;
  }
}
