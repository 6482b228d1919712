/**
 * This file defines the sidebar's start: Sidebar.html runs it at the end of its body, where it
 * adds the sidebar's root and starts it on Apps Script's `google.script.run`.
 */
import { createClient } from './client';
import { startSidebar } from './sidebar';

const root = document.createElement('main');
root.className = 'sidebar';
document.body.append(root);
startSidebar(root, createClient(google.script.run));
