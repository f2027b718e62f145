import { createApp } from 'vue';
import 'fertility-qa/define.js';
import 'fertility-qa/vue';
import App from './App.vue';

createApp(App).mount('#app');
