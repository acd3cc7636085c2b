/** Stylesheets mean nothing to jsdom; tests import this in their place. */
export default {};
