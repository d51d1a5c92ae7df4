import { useRouteError } from 'react-router';

/**
 * Last line of defence: a bug in a page must not leave a blank screen or lose work. The state is
 * in localStorage and the URL, so reloading the start page brings everything back.
 */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="mx-auto max-w-2xl space-y-3 p-6" role="alert">
      <h1>Something went wrong on this page / 页面出错</h1>
      <p>Your pastes are kept (in this browser and in the link). 粘贴的内容已保留。</p>
      <pre className="code-block text-xs">{message}</pre>
      <a href="#/">Go to the start page / 返回首页</a>
    </main>
  );
}
