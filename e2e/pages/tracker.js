// A stand-in for an analytics tag: only consent may load it.
window.tracker = { loaded: true };
window.ran.push('tracker');
