// HTTP for evidence discovery: every request names us in its User-Agent, ends after a time limit, and
// stops reading a body past a size limit, so a slow or huge answer cannot hold a run.

export interface HttpLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The address answered from, after redirects. */
  url: string;
  body: Uint8Array;
}

export class HttpLimitError extends Error {}

/** GET within the limits; a network failure, a timeout or a body over the limit throws. */
export async function limitedGet(url: string, headers: Record<string, string>, limits: HttpLimits): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    throw failure(error, url, limits);
  }
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new HttpLimitError(`${url}: the answer has ${declared} bytes, more than the limit of ${limits.maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      const chunk = read.value;
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        await reader?.cancel().catch(() => undefined);
        throw new HttpLimitError(`${url}: the answer is larger than the limit of ${limits.maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof HttpLimitError) throw error;
    throw failure(error, url, limits);
  }
  return { status: response.status, headers: response.headers, url: response.url || url, body: Buffer.concat(chunks) };
}

function failure(error: unknown, url: string, limits: HttpLimits): Error {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new HttpLimitError(`${url}: no complete answer within ${Math.round(limits.timeoutMs / 1000)} s`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new Error(`${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
}

/** The body as text in the charset its Content-Type or XML declaration names (UTF-8 by default). */
export function decodeBody(answer: HttpAnswer): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(answer.headers.get('content-type') ?? '')?.[1];
  const head = Buffer.from(answer.body.subarray(0, 200)).toString('latin1');
  const fromDeclaration = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  const label = fromHeader ?? fromDeclaration ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(answer.body);
  } catch {
    return new TextDecoder('utf-8').decode(answer.body);
  }
}
