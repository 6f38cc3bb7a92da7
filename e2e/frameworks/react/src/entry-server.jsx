import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

/** The App's HTML, rendered with the undecided server snapshot. */
export function render() {
  return renderToString(<App />);
}
