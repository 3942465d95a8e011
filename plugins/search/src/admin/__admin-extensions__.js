
      // Auto-generated index file for Medusa Admin UI extensions
    

const widgetModule = { widgets: [
  
] }
    

const routeModule = { routes: [
    
]
 }
    

const menuItemModule = { menuItems: [
    
]
 }
    

const formModule = { customFields: {
  
} }
    

const displayModule = { 
    displays: {
      
    }
   }
    import { deepMerge } from "@medusajs/admin-shared"

const i18nModule = { resources: {} }
    

const cellRendererModule = {}
    

const layoutModule = { layouts: [
  
] }
    

const searchEntityModule = {}

    const plugin = {
      widgetModule,
      routeModule,
      menuItemModule,
      formModule,
      displayModule,
      i18nModule,
      cellRendererModule,
      layoutModule,
      searchEntityModule
    }

    export default plugin
    